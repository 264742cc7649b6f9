package org.statustray.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.statustray.platform.PrivateFiles;

/**
 * How a later tray launch hands its window to the running tray app: a Unix-domain socket,
 * {@code instance.sock} in the data directory (0700, so only its owner reaches it). The request is one
 * line, {@code open WINDOW}; the answer one line: {@code shown}, {@code not shown} (no display) or
 * {@code refused}. Only the holder of the data directory's lock listens, so a socket file found there was
 * left by a killed app and is replaced.
 */
final class HandOver implements AutoCloseable {
    static final String SHOWN = "shown";
    private static final System.Logger LOG = System.getLogger(HandOver.class.getName());
    private static final Duration REQUEST = Duration.ofSeconds(2);
    /** Starting the window toolkit may take 20 s on a loaded machine. */
    private static final Duration OPENING = Duration.ofSeconds(30);

    private final ServerSocketChannel server;
    private final Path socket;
    private final Function<String, CompletableFuture<Boolean>> open;

    private HandOver(ServerSocketChannel server, Path socket, Function<String, CompletableFuture<Boolean>> open) {
        this.server = server;
        this.socket = socket;
        this.open = open;
    }

    static Path socket(Path dataDir) {
        return dataDir.resolve("instance.sock");
    }

    /** Listens in {@code dataDir}; {@code open} opens a window by its --open name and tells whether it showed. */
    static HandOver listen(Path dataDir, Function<String, CompletableFuture<Boolean>> open) throws IOException {
        Path socket = socket(dataDir);
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            PrivateFiles.restrict(socket);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        HandOver handOver = new HandOver(server, socket, open);
        Thread thread = new Thread(handOver::serve, "statustray-hand-over");
        thread.setDaemon(true);
        thread.start();
        return handOver;
    }

    /** Connects to the app listening in {@code dataDir}; fails when none listens (yet). */
    static SocketChannel connect(Path dataDir) throws IOException {
        return SocketChannel.open(UnixDomainSocketAddress.of(socket(dataDir)));
    }

    /** Asks for {@code window} over {@code channel}; the app's answer. */
    static String ask(SocketChannel channel, String window) throws IOException {
        SocketLines.write(channel, "open " + window);
        return SocketLines.read(channel, OPENING.plus(REQUEST));
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel channel = server.accept()) {
                SocketLines.write(channel, answer(SocketLines.read(channel, REQUEST)));
            } catch (ClosedChannelException e) {
                return; // closed: the app quits
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "a hand-over from another launch failed: " + e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String answer(String request) throws InterruptedException {
        if (!request.startsWith("open ")) {
            return "refused";
        }
        try {
            String window = GlobalOptions.window(request.substring("open ".length()));
            return open.apply(window).get(OPENING.toSeconds(), TimeUnit.SECONDS) ? SHOWN : "not shown";
        } catch (UsageException e) {
            return "refused";
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot open the window another launch asked for: " + e);
            return "not shown";
        }
    }

    /** Stops listening and takes the socket away. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing " + socket + ": " + e.getMessage());
        }
    }
}
