package org.echolstm.ui.handout;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.training.Lesson;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.concurrent.BackgroundTask;
import org.echolstm.ui.concurrent.TaskExecutor.Lane;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.FileErrors;
import org.echolstm.ui.status.StatusBarViewModel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Export ▸ Handout: the window shows each stop of the storyline in turn, a picture is taken
 * of it, then the window shows what it showed before, and one HTML file is written with the
 * settings, the curves, the stops and the final Inside view. The pictures are encoded and the file
 * written on the files lane; the window only draws and takes pictures, one stop at a time.
 */
public final class HandoutViewModel {
    /** What the handout needs of the window: it shows stops and takes pictures. Called on the UI thread. */
    public interface Camera {
        /** The storyline's stops. */
        List<Stop> stops();

        /** Remembers what the window shows now; the action returned shows it again. */
        Runnable remember();

        /** Shows stop {@code index} as it was, and runs {@code shown} once the window has drawn it. */
        void showStop(int index, Runnable shown);

        /** Shows the Inside tab at the live model, and runs {@code shown} once it has been drawn. */
        void showInside(Runnable shown);

        /** A picture of the whole window as it is. */
        BufferedImage window();

        /** A picture of the Inside tab as it is. */
        BufferedImage inside();

        /** The training curves, as File ▸ Export ▸ Charts makes them. */
        BufferedImage charts();
    }

    private final CurrentLesson lesson;
    private final DialogService dialogs;
    private final StatusBarViewModel status;
    private final BooleanProperty making = new SimpleBooleanProperty();
    private final BooleanBinding canMake;

    public HandoutViewModel(CurrentLesson lesson, DialogService dialogs, StatusBarViewModel status) {
        this.lesson = lesson;
        this.dialogs = dialogs;
        this.status = status;
        canMake = lesson.hasModelProperty().and(lesson.idleProperty()).and(making.not());
    }

    /** True when there is a model, nothing runs, and no handout is being made. */
    public BooleanBinding canMakeProperty() {
        return canMake;
    }

    /** True while a handout is being made. */
    public BooleanProperty makingProperty() {
        return making;
    }

    /** Makes the handout into {@code file}; a failure is reported in a dialog. */
    public void make(Path file, Camera camera) {
        make(file, camera, written -> { }, error -> dialogs.showError(I18n.t("dialog.error.file"),
                FileErrors.sentence(error), error));
    }

    /**
     * Makes the handout into {@code file}, then runs {@code written} with the file, or {@code failed}
     * with what went wrong (the status bar says so too). Called on the UI thread.
     */
    public void make(Path file, Camera camera, Consumer<Path> written, Consumer<Throwable> failed) {
        if (lesson.session().isEmpty() || making.get()) {
            failed.accept(new IllegalStateException("no model to make a handout of"));
            return;
        }
        TrainingSession session = lesson.session().get();
        making.set(true);
        String before = status.said();
        Job job = new Job(file, camera, List.copyOf(camera.stops()), camera.remember(), session, before, written, error -> {
            status.say(before);
            failed.accept(error);
        });
        job.start();
    }

    /** One handout in the making: the pictures in turn, each encoded on the files lane, then the file. */
    private final class Job {
        private final Path file;
        private final Camera camera;
        private final List<Stop> stops;
        private final Runnable restore;
        private final TrainingSession session;
        /** What the status bar said before: it says it again in the pictures, not the handout's progress. */
        private final String before;
        private final Consumer<Path> written;
        private final Consumer<Throwable> failed;
        /** Filled on the files lane only (one thread, in order): the charts, the stops, the Inside view. */
        private final byte[][] pictures;
        private volatile IOException encodingFailed;

        Job(Path file, Camera camera, List<Stop> stops, Runnable restore, TrainingSession session, String before,
            Consumer<Path> written, Consumer<Throwable> failed) {
            this.before = before;
            this.file = file;
            this.camera = camera;
            this.stops = stops;
            this.restore = restore;
            this.session = session;
            this.written = written;
            this.failed = failed;
            this.pictures = new byte[stops.size() + 2][];
        }

        void start() {
            status.say(I18n.t("status.handout.charts", file.getFileName().toString()));
            try {
                encode(0, camera.charts());
            } catch (RuntimeException e) {
                end(e);
                return;
            }
            next(0);
        }

        private void next(int index) {
            if (index < stops.size()) {
                status.say(I18n.t("status.handout.stop", index + 1, stops.size()));
                camera.showStop(index, () -> take(index + 1, camera::window, () -> next(index + 1)));
            } else {
                status.say(I18n.t("status.handout.inside"));
                camera.showInside(() -> take(stops.size() + 1, camera::inside, this::write));
            }
        }

        private void take(int slot, Supplier<BufferedImage> picture, Runnable then) {
            String progress = status.said();
            try {
                status.say(before); // the picture is taken before the next frame: the window never shows it
                BufferedImage image = picture.get();
                status.say(progress);
                encode(slot, image);
            } catch (RuntimeException e) {
                end(e);
                return;
            }
            then.run();
        }

        /** Encodes a picture on the files lane, in the order taken. */
        private void encode(int slot, BufferedImage image) {
            lesson.executor().files(() -> {
                try {
                    pictures[slot] = png(image);
                } catch (IOException e) {
                    encodingFailed = e;
                }
                return slot;
            }, done -> { }, error -> { });
        }

        private void write() {
            restore.run();
            status.say(I18n.t("status.exporting", file.getFileName().toString()));
            EchoModel model = session.modelCopy();
            OptionalDouble heldOut = session.latest().heldOutAccuracy();
            List<Snapshot> snapshots = lesson.timeline().snapshots();
            Lesson facts = new Lesson(model, session.settings(), null, snapshots, stops);
            lesson.executor().submit(Lane.FILES, BackgroundTask.of(() -> {
                if (encodingFailed != null) {
                    throw encodingFailed;
                }
                List<byte[]> stopPictures = new ArrayList<>(Arrays.asList(pictures).subList(1, stops.size() + 1));
                Handout handout = HandoutFacts.handout(facts, heldOut, pictures[0], stopPictures, pictures[stops.size() + 1]);
                HandoutWriter.write(handout, file);
                return file;
            }).keepsBusy().onSuccess(path -> {
                making.set(false);
                status.say(I18n.t("status.handout.written", file.getFileName().toString(), stops.size()));
                written.accept(path);
            }).onFailure(error -> {
                making.set(false);
                failed.accept(error);
            }));
        }

        /** Something failed while the window showed the stops: show what was there before, and say so. */
        private void end(Throwable error) {
            restore.run();
            making.set(false);
            failed.accept(error instanceof ModelFileException ? error
                    : new IOException("Cannot make the pictures of " + file + ": " + error.getMessage(), error));
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

}
