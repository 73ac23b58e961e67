package org.ducha.node.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ducha.node.DuchaNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a level app starts with its own defaults (its application.yml on the
 * classpath): its identity and its departments, on the test database.
 */
public final class LevelApps {

	private LevelApps() {
	}

	public static void assertStartsAs(String code, String name, String level) throws Exception {
		String schema = TestDatabase.newSchema(code);
		Path dataDir = Files.createTempDirectory("ducha-app");
		Path caDir = Files.createTempDirectory("ducha-ca");
		TemporaryFolders.deleteOnExit(dataDir);
		TemporaryFolders.deleteOnExit(caDir);
		ConfigurableApplicationContext context = SpringApplication.run(DuchaNode.class,
				"--spring.datasource.url=" + TestDatabase.url(schema),
				"--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(), "--server.port=0",
				"--ducha.node.grpc.port=0", "--ducha.node.data-dir=" + dataDir,
				"--ducha.node.tls.generated-ca-dir=" + caDir, "--ducha.security.local-jwt.enabled=true",
				"--ducha.security.local-jwt.public-key=" + TestKeys.dir().resolve("jwt.pub"));
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			RestClient api = RestClient.create("http://127.0.0.1:" + port);
			Map<String, Map<String, Object>> info = api.get()
				.uri("/actuator/info")
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			assertThat(info.get("node")).containsEntry("code", code)
				.containsEntry("name", name)
				.containsEntry("level", level);
			String units = api.get()
				.uri("/api/v1/units")
				.header("Authorization", "Bearer " + TestKeys.token("u", code, null, "supervisor"))
				.retrieve()
				.body(String.class);
			assertThat(units).contains(code + ":");
		}
		finally {
			SpringApplication.exit(context);
			TestDatabase.drop(schema);
		}
	}

}
