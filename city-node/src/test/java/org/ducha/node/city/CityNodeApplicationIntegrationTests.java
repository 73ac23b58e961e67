package org.ducha.node.city;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ducha.node.DuchaNode;
import org.ducha.node.testing.TestDatabase;
import org.ducha.node.testing.TestKeys;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city app starts with its own defaults: its identity and its departments.
 */
class CityNodeApplicationIntegrationTests {

	@Test
	void startsAs441700WithItsDepartments() throws Exception {
		String schema = TestDatabase.newSchema("441700");
		ConfigurableApplicationContext context = SpringApplication.run(DuchaNode.class,
				"--spring.datasource.url=" + TestDatabase.url(schema),
				"--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(), "--server.port=0",
				"--ducha.node.grpc.port=0",
				"--ducha.node.data-dir=" + java.nio.file.Files.createTempDirectory("ducha-app"),
				"--ducha.node.tls.generated-ca-dir=" + java.nio.file.Files.createTempDirectory("ducha-ca"),
				"--ducha.security.local-jwt.enabled=true",
				"--ducha.security.local-jwt.public-key=" + TestKeys.dir().resolve("jwt.pub"));
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			RestClient api = RestClient.create("http://127.0.0.1:" + port);
			Map<String, Map<String, Object>> info = api.get()
				.uri("/actuator/info")
				.retrieve()
				.body(new org.springframework.core.ParameterizedTypeReference<>() {
				});
			assertThat(info.get("node")).containsEntry("code", "441700")
				.containsEntry("name", "阳江市")
				.containsEntry("level", "CITY");
			String units = api.get()
				.uri("/api/v1/units")
				.header("Authorization", "Bearer " + TestKeys.token("u", "441700", null, "supervisor"))
				.retrieve()
				.body(String.class);
			assertThat(units).contains("441700:");
		}
		finally {
			SpringApplication.exit(context);
			TestDatabase.drop(schema);
		}
	}

}
