package org.statustray.desktop.notify;

import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.types.UInt32;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;

/**
 * Which server notification shows which notice: a thread's bubble, for {@code replaces_id}, and the notice
 * behind each id, for its actions. Both forget the least recently used beyond a few hundred.
 */
final class NoticeBubbles {
    private static final int REMEMBERED = 256;
    static final UInt32 NONE = new UInt32(0);

    private final Map<String, UInt32> bubbleByThread = Lru.map(REMEMBERED);
    private final Map<Long, Notice> noticeById = Lru.map(REMEMBERED);

    /** The id a notice of this thread replaces, or 0 for a new bubble. */
    synchronized UInt32 replaces(@Nullable String thread) {
        return thread == null ? NONE : bubbleByThread.getOrDefault(thread, NONE);
    }

    synchronized void shown(Notice notice, UInt32 id) {
        if (notice.thread() != null) {
            bubbleByThread.put(notice.thread(), id);
        }
        noticeById.put(id.longValue(), notice);
    }

    /** A closed bubble is not replaced: the thread's next notice opens a new one. */
    synchronized void closed(UInt32 id) {
        bubbleByThread.values().remove(id);
    }

    /** The notice a server id shows, if it is ours. */
    synchronized Optional<Notice> notice(UInt32 id) {
        return Optional.ofNullable(noticeById.get(id.longValue()));
    }

    synchronized Optional<Long> bubbleOf(String thread) {
        return Optional.ofNullable(bubbleByThread.get(thread)).map(UInt32::longValue);
    }
}
