package org.statustray.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.statustray.fetch.HistoryPages;
import org.statustray.model.Snapshot;
import org.statustray.store.HistoryRenewal;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoreException;
import org.statustray.watch.HeldLog;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.SentLog;

/**
 * The history file as the watching uses it — kept in {@code history.db}, or, when it could not be opened,
 * nothing kept — with the same outlets either way, so that nothing else asks whether there is a store.
 */
abstract sealed class KeptHistory implements AutoCloseable permits KeptHistory.InStore, KeptHistory.NotKept {

    /** Opens the history in {@code dataDir}; when it cannot be, one line on {@code err} and nothing is kept. */
    static KeptHistory open(Path dataDir, HistoryTrouble trouble, PrintStream err) {
        try {
            return new InStore(HistoryStore.open(dataDir), trouble);
        } catch (StoreException e) {
            err.println("statustray: history will not be kept: " + e.getMessage());
            return new NotKept(e.getMessage());
        }
    }

    /** Why nothing is kept, when nothing is. */
    abstract Optional<String> problem();

    abstract SentLog sent();

    abstract HeldLog held();

    /** Where the pipeline writes (and {@code also}, when not null). */
    abstract HistoryLog log(HistoryLog also);

    /** The service's last snapshot kept, to start from. */
    abstract Optional<Snapshot> lastSnapshot(String serviceId);

    /** Where incidents end and backfills are kept, when they can be. */
    abstract Optional<StoreBook> book(HistoryLog log, HistoryPages pages);

    /** Runs {@code r} once the writes handed over so far are done. */
    abstract void afterWrites(Runnable r);

    /** Notices a file removed or replaced while nothing was written. */
    abstract void checkFile();

    /** Told when a new file had to be started, with what it should be filled. */
    abstract void onRenewal(Function<StoreSentLog, HistoryRenewal> renewal);

    /** The store the windows read (none: they have nothing to show). */
    abstract Optional<HistoryStore> store();

    @Override
    public abstract void close();

    static final class InStore extends KeptHistory {
        private final HistoryStore store;
        private final HistoryTrouble trouble;
        private final StoreSentLog sent;

        InStore(HistoryStore store, HistoryTrouble trouble) {
            this.store = store;
            this.trouble = trouble;
            this.sent = new StoreSentLog(store, trouble);
        }

        @Override
        Optional<String> problem() {
            return Optional.empty();
        }

        @Override
        SentLog sent() {
            return sent;
        }

        @Override
        HeldLog held() {
            return new StoreHeldLog(store, trouble);
        }

        @Override
        HistoryLog log(HistoryLog also) {
            return StoreHistory.of(store, trouble).and(also);
        }

        @Override
        Optional<Snapshot> lastSnapshot(String serviceId) {
            return trouble.read(() -> store.lastSnapshot(serviceId), Optional.empty());
        }

        @Override
        Optional<StoreBook> book(HistoryLog log, HistoryPages pages) {
            return Optional.of(new StoreBook(store, trouble, log, pages));
        }

        @Override
        void afterWrites(Runnable r) {
            store.later(r);
        }

        @Override
        void checkFile() {
            trouble.read(() -> {
                store.checkFile();
                return null;
            }, null);
        }

        @Override
        void onRenewal(Function<StoreSentLog, HistoryRenewal> renewal) {
            store.onRenewal(renewal.apply(sent));
        }

        @Override
        Optional<HistoryStore> store() {
            return Optional.of(store);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    static final class NotKept extends KeptHistory {
        private final String problem;

        NotKept(String problem) {
            this.problem = problem;
        }

        @Override
        Optional<String> problem() {
            return Optional.of(problem);
        }

        @Override
        SentLog sent() {
            return SentLog.inMemory();
        }

        @Override
        HeldLog held() {
            return HeldLog.inMemory();
        }

        @Override
        HistoryLog log(HistoryLog also) {
            return HistoryLog.NONE.and(also);
        }

        @Override
        Optional<Snapshot> lastSnapshot(String serviceId) {
            return Optional.empty();
        }

        @Override
        Optional<StoreBook> book(HistoryLog log, HistoryPages pages) {
            return Optional.empty();
        }

        @Override
        void afterWrites(Runnable r) {
            r.run();
        }

        @Override
        void checkFile() {
        }

        @Override
        void onRenewal(Function<StoreSentLog, HistoryRenewal> renewal) {
        }

        @Override
        Optional<HistoryStore> store() {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
