package org.statustray.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys pressed on the node that has the focus, delivered as the window delivers them (accelerators and the
 * controls' own key handling included), on the FX thread and without depending on where the pointer is.
 */
public final class FxKeys {
    private FxKeys() {
    }

    public static void press(Scene scene, KeyCode code) throws Exception {
        press(scene, code, false);
    }

    public static void press(Scene scene, KeyCode code, boolean shortcut) throws Exception {
        for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            FxToolkit.setupFixture(() -> Event.fireEvent(scene.getFocusOwner(),
                    new KeyEvent(type, "", "", code, false, shortcut, false, false)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts the keyboard focus on a node and waits until it has it. */
    public static void focus(Node node) throws Exception {
        FxToolkit.setupFixture(node::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, node::isFocused);
    }
}
