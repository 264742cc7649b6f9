package org.statustray.desktop.notify;

import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.FxThread;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.Notifier;
import org.statustray.desktop.Urgencies;
import org.statustray.desktop.icons.StatusIcons;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.source.text.OneLine;

/**
 * Notices as ControlsFX pop-ups, when there is neither a notification service nor a system tray. Needs the
 * JavaFX toolkit started; clicking a pop-up opens the service's timeline.
 */
public final class PopupNotifier implements Notifier {
    private static final System.Logger LOG = System.getLogger(PopupNotifier.class.getName());
    /** Notice titles are page text: a log quotes an excerpt. */
    private static final int LOGGED = 120;
    static final int MAX_TEXT = 280;
    private static final int ICON_SIZE = 32;
    /** The pop-up does not wrap its text; a longer line ran off the screen's edge. */
    static final int LINE = 64;

    private final NoticeActions actions;
    private @Nullable Stage hiddenOwner; // FX thread only

    /** What a pop-up says. */
    record PopupText(String title, String text, boolean sticky) {
    }

    public PopupNotifier(NoticeActions actions) {
        this.actions = actions;
    }

    static PopupText text(Notice notice) {
        String title = notice.summary() == null || notice.summary().isBlank() ? "StatusTray" : notice.summary().strip();
        Status status = notice.status() == null ? Status.UNKNOWN : notice.status();
        String body = notice.body() == null || notice.body().isBlank() ? status.label() : notice.body().strip();
        if (body.length() > MAX_TEXT) {
            body = body.substring(0, MAX_TEXT - 1).stripTrailing() + "…";
        }
        return new PopupText(wrapped(title), wrapped(body), Urgencies.of(notice) == Notice.Urgency.CRITICAL);
    }

    /** Lines of at most {@link #LINE} characters, broken between words (a longer word stands alone). */
    static String wrapped(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            int lineLength = 0;
            for (String word : paragraph.split(" +")) {
                if (lineLength > 0 && lineLength + 1 + word.length() > LINE) {
                    out.append('\n');
                    lineLength = 0;
                } else if (lineLength > 0) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(word);
                lineLength += word.length();
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    @Override
    public void show(Notice notice) {
        PopupText text = text(notice);
        Status status = notice.status() == null ? Status.UNKNOWN : notice.status();
        boolean queued = FxThread.run(() -> {
            try {
                Notifications.create().owner(owner()).title(text.title()).text(text.text())
                        .graphic(new ImageView(new Image(new ByteArrayInputStream(StatusIcons.png(status, ICON_SIZE)))))
                        .hideAfter(text.sticky() ? Duration.INDEFINITE : Duration.seconds(10))
                        .onAction(event -> actions.openFor(notice))
                        .show();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not show the pop-up \"{0}\": {1}",
                        OneLine.of(text.title(), LOGGED), e.getMessage());
            }
        });
        if (!queued) {
            LOG.log(Level.WARNING, "no display for pop-ups; not shown: {0}", OneLine.of(text.title(), LOGGED));
        }
    }

    /** A pop-up needs a showing window; with none open, an invisible one stands in. */
    private Window owner() {
        return Window.getWindows().stream()
                .filter(window -> window.isShowing() && !(window instanceof PopupWindow) && window != hiddenOwner)
                .findFirst()
                .orElseGet(() -> {
                    if (hiddenOwner == null) {
                        hiddenOwner = new Stage(StageStyle.UTILITY);
                        hiddenOwner.setOpacity(0);
                        hiddenOwner.setWidth(1);
                        hiddenOwner.setHeight(1);
                    }
                    hiddenOwner.show();
                    return hiddenOwner;
                });
    }

    @Override
    public String describe() {
        return "pop-up windows";
    }

    @Override
    public void close() {
        try {
            Platform.runLater(() -> {
                if (hiddenOwner != null) {
                    hiddenOwner.hide();
                }
            });
        } catch (IllegalStateException e) {
            // JavaFX already gone: nothing to hide
        }
    }
}
