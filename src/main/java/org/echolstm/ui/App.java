package org.echolstm.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class App extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Echo LSTM Explorer"), 800, 600));
        stage.show();
    }
}
