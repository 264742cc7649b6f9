package org.statustray.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.ProbeErrors.Stage;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeTimes;

/**
 * One probe in progress, phase by phase on a socket of its own, each phase's end timed from the start. One
 * deadline bounds it all: a resolver that hangs is left behind on its thread, and a server that drips its answer
 * has the socket closed under it when the time is up. Not thread-safe: one per probe.
 */
final class ProbeRun {
    private static final ExecutorService RESOLVERS = Executors.newCachedThreadPool(daemon("statustray-probe-dns"));
    private static final ScheduledExecutorService DEADLINES = deadlines();

    private final ProbeAddress address;
    private final Duration timeout;
    private final long start = System.nanoTime();
    private Stage stage = Stage.RESOLVE;
    private int received;
    private @Nullable Long dns;
    private @Nullable Long connect;
    private @Nullable Long tls;
    private @Nullable Long firstByte;

    ProbeRun(ProbeAddress address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    /** The answer's status code; reads at most {@code Prober.MAX_READ} bytes of it, each counted to {@code reads}. */
    int statusCode(ProbeTls handshakes, byte[] request, LongConsumer reads) throws ProbeTrouble {
        try {
            InetAddress[] addresses = resolve();
            dns = elapsed();
            stage = Stage.CONNECT;
            try (Socket socket = connect(addresses)) {
                connect = elapsed();
                ScheduledFuture<?> stop = DEADLINES.schedule(() -> closeQuietly(socket), remainingNanos(), TimeUnit.NANOSECONDS);
                try {
                    Socket channel = socket;
                    if (address.https()) {
                        stage = Stage.TLS;
                        socket.setSoTimeout(remainingMillis());
                        channel = handshakes.handshake(socket, address.host(), address.port());
                        tls = elapsed();
                    }
                    stage = Stage.ANSWER;
                    OutputStream out = channel.getOutputStream();
                    out.write(request);
                    out.flush();
                    return readStatus(channel, reads);
                } finally {
                    stop.cancel(false);
                }
            }
        } catch (IOException e) {
            throw ProbeErrors.of(e, stage, address, timeout, remainingNanos() <= 0, received);
        }
    }

    ProbeTimes times() {
        return new ProbeTimes(dns, connect, tls, firstByte, elapsed());
    }

    private InetAddress[] resolve() throws IOException, ProbeTrouble {
        if (ProbeAddress.isLiteral(address.host())) {
            return new InetAddress[] {InetAddress.getByName(address.host())}; // no lookup for a written-out address
        }
        Future<InetAddress[]> lookup = RESOLVERS.submit(() -> InetAddress.getAllByName(address.host()));
        try {
            return lookup.get(Math.max(1, remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw ProbeErrors.timedOut(Stage.RESOLVE, address, timeout, 0);
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProbeTrouble(ProbeFailure.OTHER, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException) {
                throw (UnknownHostException) e.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    /** The first of the addresses that takes the connection; the last refusal when none does. */
    private Socket connect(InetAddress[] addresses) throws IOException, ProbeTrouble {
        IOException last = new UnknownHostException(address.host());
        for (InetAddress a : addresses) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(a, address.port()), remainingMillis());
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
        }
        throw last;
    }

    private int readStatus(Socket channel, LongConsumer reads) throws IOException, ProbeTrouble {
        InputStream in = channel.getInputStream();
        byte[] answer = new byte[Prober.MAX_READ];
        while (received < answer.length) {
            channel.setSoTimeout(remainingMillis());
            int n = in.read(answer, received, answer.length - received);
            if (n < 0) {
                break;
            }
            if (received == 0) {
                firstByte = elapsed();
            }
            reads.accept(n);
            received += n;
            Integer code = ProbeStatusLine.code(answer, received, address.shown());
            if (code != null) {
                return code;
            }
        }
        if (received == 0) {
            throw new ProbeTrouble(ProbeFailure.UNREACHABLE, "connection closed by " + address.shown() + " before any answer");
        }
        throw ProbeStatusLine.notHttp(address.shown());
    }

    private long elapsed() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long remainingNanos() {
        return start + timeout.toNanos() - System.nanoTime();
    }

    /** What is left of the time as a socket timeout: at least 1 ms (0 would mean none); none left is a timeout. */
    private int remainingMillis() throws ProbeTrouble {
        long nanos = remainingNanos();
        if (nanos <= 0) {
            throw ProbeErrors.timedOut(stage, address, timeout, received);
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    private static ScheduledExecutorService deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("statustray-probe-deadline"));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
