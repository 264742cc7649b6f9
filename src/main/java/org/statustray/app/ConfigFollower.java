package org.statustray.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.store.ConfigFile;
import org.statustray.store.ConfigFileWatch;

/**
 * Edits to the settings file made while the app runs, by hand or by a script: each takes effect through
 * {@link LiveConfig#reload} within a second or so. A file that cannot be used is told once (a notification,
 * and stderr) while the settings in force run on; a file that looks broken is read once more after a quiet
 * spell before that, as a save may still be under way. What the file skips or corrects goes to stderr once.
 */
final class ConfigFollower implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConfigFollower.class.getName());
    private final LiveConfig live;
    private final PrintStream err;
    private final Consumer<Notice> notify;
    private final Clock clock;
    /** The watch thread's alone, after start. */
    private List<String> said;
    private boolean refused;
    private boolean lookingAgain;
    private @Nullable ConfigFileWatch watch;

    /** {@code loaded}: what the app started on, and what it said of it. */
    ConfigFollower(LiveConfig live, ConfigFile.Loaded loaded, PrintStream err, Consumer<Notice> notify, Clock clock) {
        this.live = live;
        this.err = err;
        this.notify = notify;
        this.clock = clock;
        this.said = loaded.messages();
        this.refused = loaded.refused();
    }

    synchronized void start() {
        if (watch == null) {
            watch = ConfigFileWatch.start(live.file(), this::read);
        }
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.close();
        }
    }

    /** After a change on disk; true to read again after another quiet spell. */
    private boolean read() {
        LiveConfig.Reloaded reloaded = live.reload();
        ConfigFile.Loaded now = reloaded.read();
        if (now.refused() && !refused && !lookingAgain) {
            lookingAgain = true;
            return true;
        }
        lookingAgain = false;
        boolean newsToSay = !now.messages().equals(said);
        said = now.messages();
        if (now.refused()) {
            if (!refused) {
                notify.accept(new Notice("config|" + clock.instant(), null, "StatusTray settings could not be read",
                        now.messages().get(0), Status.UNKNOWN, Notice.Urgency.NORMAL, "config", null, clock.instant()));
            }
            refused = true;
        } else if (refused) {
            refused = false;
            err.println("statustray: " + live.file().getFileName() + " reads again; its settings are in force");
        }
        if (newsToSay) {
            now.messages().forEach(m -> err.println("statustray: " + m));
        }
        if (reloaded.applied()) {
            LOG.log(System.Logger.Level.INFO, live.file().getFileName() + " changed: its settings are in force ("
                    + now.config().services().size() + " services)");
        }
        return false;
    }
}
