package org.ducha.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stand-ins for the nodes behind the gateway in its fast tests: each answers every
 * request with which node it is and which path it got, sets a cookie the gateway must not
 * pass on, and records what it received for the test to inspect.
 */
final class StubNodes {

	/** The stub federation: each node with its parent. */
	static final Map<String, String> PARENTS = Map.of("440000", "", "441700", "440000", "441702", "441700", "441704",
			"441700", "440900", "440000", "440902", "440900");

	/** A node in the registry whose address answers nothing. */
	static final String UNREACHABLE = "441781";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static StubNodes instance;

	private final Map<String, HttpServer> servers = new LinkedHashMap<>();

	private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();

	private final int unreachablePort;

	private StubNodes() throws IOException {
		for (String code : PARENTS.keySet()) {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
			this.received.put(code, queue);
			server.createContext("/", (exchange) -> {
				try (exchange; InputStream in = exchange.getRequestBody()) {
					String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					Map<String, List<String>> headers = new LinkedHashMap<>();
					exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
					queue.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
							body));
					byte[] answer = json.writeValueAsBytes(Map.of("node", code, "method", exchange.getRequestMethod(),
							"path", exchange.getRequestURI().getPath()));
					exchange.getResponseHeaders().add("Content-Type", "application/json");
					exchange.getResponseHeaders().add("Set-Cookie", "NODE_COOKIE=" + code + "; Path=/");
					exchange.sendResponseHeaders(200, answer.length);
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(answer);
					}
				}
			});
			server.setExecutor(Executors.newCachedThreadPool((runnable) -> {
				Thread thread = new Thread(runnable, "stub-node-" + code);
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			this.servers.put(code, server);
		}
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			this.unreachablePort = socket.getLocalPort();
		}
	}

	static synchronized StubNodes get() {
		if (instance == null) {
			try {
				instance = new StubNodes();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	/** The gateway's node registry for these stubs, as properties. */
	Map<String, String> registry() {
		Map<String, String> properties = new LinkedHashMap<>();
		this.servers.forEach((code, server) -> {
			properties.put("ducha.gateway.nodes." + code + ".url", "http://127.0.0.1:" + server.getAddress().getPort());
			properties.put("ducha.gateway.nodes." + code + ".parent", PARENTS.get(code));
			properties.put("ducha.gateway.nodes." + code + ".name", "node " + code);
		});
		properties.put("ducha.gateway.nodes." + UNREACHABLE + ".url", "http://127.0.0.1:" + this.unreachablePort);
		properties.put("ducha.gateway.nodes." + UNREACHABLE + ".parent", "441700");
		properties.put("ducha.gateway.public-node", "440000");
		return properties;
	}

	/** What a node received since the last call, oldest first. */
	List<Received> drain(String code) {
		List<Received> requests = new java.util.ArrayList<>();
		this.received.get(code).drainTo(requests);
		return requests;
	}

	/** Forgets what every node received. */
	void clear() {
		this.received.values().forEach(BlockingQueue::clear);
	}

	/**
	 * A request a stub node received.
	 *
	 * @param method HTTP method
	 * @param uri path and query
	 * @param headers headers, lower-case names
	 * @param body the body
	 */
	record Received(String method, String uri, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase());
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

	}

}
