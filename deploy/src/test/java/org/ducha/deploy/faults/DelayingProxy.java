package org.ducha.deploy.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 between a child node and its parent's link port that passes
 * bytes through as they are (TLS and all) and, when told, makes the link slow: every
 * chunk is held back a fixed delay and each direction is limited to a number of bytes per
 * second. {@code tc netem} is not available on the build machine, hence this. Each
 * direction keeps its order and reads no more than a few chunks ahead, so TCP's own back
 * pressure still reaches the sender.
 */
final class DelayingProxy implements AutoCloseable {

	private static final int CHUNK = 16 * 1024;

	private static final byte[] END = new byte[0];

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final AtomicLong connections = new AtomicLong();

	private volatile long delayNanos;

	private volatile long bytesPerSecond;

	private volatile boolean open = true;

	private DelayingProxy(ServerSocket server, int target) {
		this.server = server;
		this.target = target;
	}

	/** Listens on a port of 127.0.0.1 and forwards each connection to the target port. */
	static DelayingProxy start(int port, int target) {
		try {
			ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
			DelayingProxy proxy = new DelayingProxy(server, target);
			daemon("proxy-accept-" + port, proxy::accept).start();
			return proxy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port, ex);
		}
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** Connections accepted so far. */
	long connections() {
		return this.connections.get();
	}

	/**
	 * From now on, every chunk waits this long and each direction carries at most so
	 * much.
	 */
	void slow(Duration delay, long bytesPerSecond) {
		this.bytesPerSecond = bytesPerSecond;
		this.delayNanos = delay.toNanos();
	}

	/** Back to passing bytes through at once. */
	void normal() {
		this.delayNanos = 0;
		this.bytesPerSecond = 0;
	}

	private void accept() {
		while (this.open) {
			Socket client;
			try {
				client = this.server.accept();
			}
			catch (IOException ex) {
				continue;
			}
			try {
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				this.sockets.add(client);
				this.sockets.add(upstream);
				this.connections.incrementAndGet();
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// the target refused: the client sees its connection end
				closeQuietly(client);
			}
		}
	}

	/** One direction: a reader that stamps each chunk, a writer that holds it back. */
	private void pipe(Socket from, Socket to) {
		BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(8);
		String name = from.getPort() + "→" + to.getPort();
		daemon("proxy-read-" + name, () -> {
			try (InputStream in = from.getInputStream()) {
				byte[] buffer = new byte[CHUNK];
				int read;
				while ((read = in.read(buffer)) >= 0) {
					chunks.put(new Chunk(Arrays.copyOf(buffer, read), System.nanoTime() + this.delayNanos));
				}
			}
			catch (IOException | InterruptedException ex) {
				// the connection ended
			}
			chunks.offer(new Chunk(END, 0));
		}).start();
		daemon("proxy-write-" + name, () -> {
			try {
				OutputStream out = to.getOutputStream();
				while (true) {
					Chunk chunk = chunks.take();
					if (chunk.bytes() == END) {
						to.shutdownOutput();
						return;
					}
					TimeUnit.NANOSECONDS.sleep(Math.max(0, chunk.due() - System.nanoTime()));
					out.write(chunk.bytes());
					out.flush();
					long rate = this.bytesPerSecond;
					if (rate > 0) {
						TimeUnit.NANOSECONDS.sleep(chunk.bytes().length * 1_000_000_000L / rate);
					}
				}
			}
			catch (IOException | InterruptedException ex) {
				closeQuietly(from);
				closeQuietly(to);
			}
		}).start();
	}

	@Override
	public void close() {
		this.open = false;
		closeQuietly(this.server);
		this.sockets.forEach(DelayingProxy::closeQuietly);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing anyway
		}
	}

	private static Thread daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		return thread;
	}

	private record Chunk(byte[] bytes, long due) {
	}

}
