package org.echolstm.ui;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import org.echolstm.model.Ablation;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.ui.handout.HandoutViewModel;
import org.echolstm.ui.lesson.Sample;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The handout's camera in the main window: shows each stop as the storyline shows it (the moment
 * replayed, the tab, the sequence, the ablation; its caption hidden), waits until every panel has drawn its answer for it, and takes the
 * pictures. Nothing blocks the window meanwhile: the waiting is a few frames and a turn of the
 * background lane, again until the panels have what they show.
 */
final class HandoutCamera implements HandoutViewModel.Camera {
    /** Rounds of frames and background work before a picture, at least (answers that ask for more come in them). */
    private static final int LEAST_ROUNDS = 2;
    /** A panel that has not drawn by then is pictured as it is. */
    private static final long MOST_NANOS = 20_000_000_000L;

    private final MainView view;
    private final MainViewModel vm;

    HandoutCamera(MainView view, MainViewModel vm) {
        this.view = view;
        this.vm = vm;
    }

    @Override
    public List<Stop> stops() {
        return List.copyOf(vm.story().stops());
    }

    @Override
    public Runnable remember() {
        int tab = view.selectedTabProperty().get();
        Optional<Snapshot> replayed = vm.lesson().replayedProperty().get();
        Optional<int[]> sequence = vm.sample().sampleProperty().get().map(Sample::sequence);
        Ablation ablation = vm.lesson().ablationProperty().get();
        int stop = vm.story().currentProperty().get();
        boolean caption = vm.story().captionShownProperty().get();
        // The stop's title and note are printed beside its picture: the caption would say them twice.
        vm.story().captionShownProperty().set(false);
        return () -> {
            if (stop >= 0) {
                vm.story().goTo(stop);
            } else {
                replay(replayed);
                vm.lesson().ablationProperty().set(ablation);
                view.showTab(tab);
                sequence.ifPresent(vm.sample()::showSequence);
            }
            vm.story().captionShownProperty().set(caption);
        };
    }

    @Override
    public void showStop(int index, Runnable shown) {
        Stop stop = vm.story().stops().get(index);
        vm.story().goTo(index);
        whenDrawn(() -> switch (stop.view()) {
            case INSIDE -> vm.inside().insideProperty().get().isPresent();
            case CONFUSION -> vm.confusion().evaluationProperty().get().isPresent();
            default -> true;
        }, shown);
    }

    @Override
    public void showInside(Runnable shown) {
        replay(Optional.empty());
        vm.lesson().ablationProperty().set(Ablation.NONE);
        view.showTab(1);
        whenDrawn(() -> vm.inside().insideProperty().get().isPresent(), shown);
    }

    @Override
    public BufferedImage window() {
        return picture(view.root());
    }

    @Override
    public BufferedImage inside() {
        return picture(view.insideContent());
    }

    @Override
    public BufferedImage charts() {
        return SwingFXUtils.fromFXImage(view.charts().printImage(), null);
    }

    /** The moment {@code snapshot} on screen (its place on the timeline), or the live model. */
    private void replay(Optional<Snapshot> snapshot) {
        List<Snapshot> kept = vm.timeline().snapshots();
        int at = snapshot.map(kept::indexOf).orElse(-1);
        if (at >= 0) {
            vm.timeline().moveTo(at);
        } else if (snapshot.isPresent()) {
            vm.lesson().replay(snapshot.get());
        } else {
            vm.timeline().backToNow();
        }
    }

    private static BufferedImage picture(Node node) {
        // No focus ring in a picture for students: the focus goes to the window itself meanwhile.
        if (node.getScene() != null) {
            node.getScene().getRoot().requestFocus();
        }
        node.applyCss();
        if (node instanceof javafx.scene.Parent parent) {
            parent.layout();
        }
        return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }

    /**
     * Runs {@code then} once the window has drawn what it now shows: the sample's answer is there,
     * {@code ready} holds, and a few frames and a turn of the background lane (where the panels
     * compute) have passed with nothing left to answer.
     */
    private void whenDrawn(BooleanSupplier ready, Runnable then) {
        long start = System.nanoTime();
        new Object() {
            int rounds;

            void round() {
                afterFrames(2, () -> vm.lesson().executor().background(() -> null, done -> check(), error -> check()));
            }

            void check() {
                rounds++;
                boolean drawn = vm.sample().predictionProperty().get().isPresent() && ready.getAsBoolean();
                if ((drawn && rounds >= LEAST_ROUNDS) || System.nanoTime() - start > MOST_NANOS) {
                    afterFrames(1, then);
                } else {
                    round();
                }
            }
        }.round();
    }

    /** Runs {@code then} on the UI thread after {@code count} frames (pulses) have been drawn. */
    private static void afterFrames(int count, Runnable then) {
        new AnimationTimer() {
            int seen;

            @Override
            public void handle(long now) {
                if (++seen > count) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
