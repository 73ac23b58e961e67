package org.ducha.deploy.production;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the production deployment files in {@code deploy/production} as far as that is
 * possible without Docker, Kubernetes, MySQL or systemd: every YAML file parses; every
 * Kubernetes document has {@code apiVersion}, {@code kind} and {@code metadata.name};
 * every container has CPU and memory limits and liveness and readiness probes; every
 * image (Kubernetes, Compose, Dockerfile {@code FROM}) has a tag other than
 * {@code latest}; every Compose service has a health check and each Dockerfile a
 * {@code HEALTHCHECK} and a non-root {@code USER}; every {@code ducha.*} key of the
 * application configurations (the config folder and the Kubernetes ConfigMaps) is a
 * property of one of the {@code @ConfigurationProperties} classes of node-core and the
 * gateway; every systemd service has {@code [Unit]}, {@code [Service]},
 * {@code [Install]}, {@code Restart=} and a non-root {@code User=}; every shell script
 * passes {@code bash -n}.
 */
class ProductionManifestsTests {

	private static final Path ROOT = Path.of(System.getProperty("ducha.repository.root", ".."));

	private static final Path PRODUCTION = ROOT.resolve("deploy/production");

	private static final String LEAF = "<value>";

	private static final String ANY = "*";

	private static Map<String, Object> knownProperties;

	@BeforeAll
	static void collectKnownProperties() throws Exception {
		knownProperties = ConfigurationPropertiesTree.scan(ROOT.resolve("gateway/target/classes"));
	}

	@Test
	void everyYamlFileParses() throws IOException {
		List<Path> files = files(".yml", ".yaml");
		assertThat(files).hasSizeGreaterThanOrEqualTo(10);
		for (Path file : files) {
			assertThat(documents(file)).as(file + " holds YAML documents").isNotEmpty().doesNotContainNull();
		}
	}

	@Test
	void everyKubernetesDocumentIsNamed() throws IOException {
		List<Map<String, Object>> documents = kubernetesDocuments();
		assertThat(documents).hasSizeGreaterThanOrEqualTo(15);
		for (Map<String, Object> document : documents) {
			assertThat(document).as("a Kubernetes document").containsKeys("apiVersion", "kind");
			assertThat(text(document, "metadata", "name")).as(document.get("kind") + " metadata.name").isNotBlank();
		}
		assertThat(documents).extracting((document) -> document.get("kind"))
			.contains("Namespace", "StatefulSet", "Service", "Deployment", "Ingress", "ConfigMap", "Secret",
					"PodDisruptionBudget", "NetworkPolicy");
	}

	@Test
	void everyKubernetesContainerHasLimitsProbesAndAPinnedImage() throws IOException {
		int containers = 0;
		for (Map<String, Object> document : kubernetesDocuments()) {
			for (Object item : list(path(document, "spec", "template", "spec", "containers"))) {
				Map<String, Object> container = map(item);
				String name = document.get("kind") + "/" + text(document, "metadata", "name");
				assertThat(path(container, "resources", "limits", "memory")).as(name + " memory limit").isNotNull();
				assertThat(path(container, "resources", "limits", "cpu")).as(name + " cpu limit").isNotNull();
				assertThat(path(container, "resources", "requests", "memory")).as(name + " memory request").isNotNull();
				assertThat(path(container, "livenessProbe", "httpGet", "path")).as(name + " liveness")
					.isEqualTo("/actuator/health/liveness");
				assertThat(path(container, "readinessProbe", "httpGet", "path")).as(name + " readiness")
					.isEqualTo("/actuator/health/readiness");
				assertPinned(name, (String) container.get("image"));
				containers++;
			}
		}
		assertThat(containers).isGreaterThanOrEqualTo(3);
	}

	@Test
	void composeServicesHaveHealthChecksAndPinnedImages() throws IOException {
		Map<String, Object> compose = map(documents(PRODUCTION.resolve("docker/compose.yaml")).get(0));
		Map<String, Object> services = map(compose.get("services"));
		assertThat(services).containsKeys("mysql", "node", "gateway", "keycloak", "keycloak-db");
		services.forEach((name, service) -> {
			assertThat(list(path(map(service), "healthcheck", "test"))).as(name + " healthcheck").isNotEmpty();
			assertPinned("compose service " + name, (String) map(service).get("image"));
		});
	}

	@Test
	void dockerfilesRunAsNonRootWithAHealthCheckOnAPinnedBase() throws IOException {
		List<Path> dockerfiles = files("Dockerfile.node", "Dockerfile.gateway");
		assertThat(dockerfiles).hasSize(2);
		for (Path dockerfile : dockerfiles) {
			List<String> lines = Files.readAllLines(dockerfile);
			List<String> from = lines.stream().filter((line) -> line.startsWith("FROM ")).toList();
			assertThat(from).as(dockerfile + " FROM").isNotEmpty();
			from.forEach((line) -> assertPinned(dockerfile.toString(), line.substring(5).trim()));
			assertThat(lines).as(dockerfile + " HEALTHCHECK").anyMatch((line) -> line.startsWith("HEALTHCHECK "));
			assertThat(lines).as(dockerfile + " USER").anyMatch((line) -> line.matches("USER [1-9][0-9]*(:[0-9]+)?"));
		}
	}

	@Test
	void applicationConfigurationsUseOnlyExistingDuchaProperties() throws IOException {
		List<Map<String, Object>> configurations = new ArrayList<>();
		for (Path file : files(".yml")) {
			if (file.getParent().endsWith("config")) {
				configurations.add(map(documents(file).get(0)));
			}
		}
		for (Map<String, Object> document : kubernetesDocuments()) {
			if ("ConfigMap".equals(document.get("kind"))) {
				Object embedded = path(document, "data", "application.yml");
				configurations.add(map(new Yaml().load((String) embedded)));
			}
		}
		assertThat(configurations).hasSizeGreaterThanOrEqualTo(6);
		for (Map<String, Object> configuration : configurations) {
			assertThat(configuration).containsKey("ducha");
			assertThat(unknownKeys(configuration)).as("ducha.* keys that no @ConfigurationProperties declares")
				.isEmpty();
		}
	}

	@Test
	void theKeyCheckFindsAMisspelledProperty() {
		Map<String, Object> configuration = Map.of("ducha",
				Map.of("node", Map.of("code", "441704", "tls", Map.of("private-key", "k", "privat-key", "k")), "units",
						Map.of("departments", Map.of("jyj", "阳东区教育局")), "gateway",
						Map.of("nodes", Map.of("441704", Map.of("url", "http://x", "adress", "y")))));
		assertThat(unknownKeys(configuration)).containsExactlyInAnyOrder("ducha.node.tls.privat-key",
				"ducha.gateway.nodes.441704.adress");
	}

	@Test
	void systemdServicesRestartAsADedicatedUser() throws IOException {
		List<Path> units = files(".service");
		assertThat(units).hasSizeGreaterThanOrEqualTo(3);
		for (Path unit : units) {
			List<String> lines = Files.readAllLines(unit);
			assertThat(lines).as(unit.toString()).contains("[Unit]", "[Service]", "[Install]");
			assertThat(lines).as(unit + " Restart=").anyMatch((line) -> line.matches("Restart=(on-failure|always)"));
			assertThat(lines).as(unit + " User=").anyMatch((line) -> line.matches("User=(?!root$)[a-z][a-z-]*"));
			assertThat(lines).as(unit + " hardening").contains("NoNewPrivileges=yes", "ProtectSystem=strict");
		}
	}

	/**
	 * The demo realm's secrets are public (README, "Demo accounts"): no production file
	 * may carry one; the production realm and the nodes' secrets come from
	 * {@code keycloak/generate-node-secrets.sh} at install.
	 */
	@Test
	void noDemoSecretPasswordOrOneTimeCodeSecretAppearsInTheProductionFiles() throws IOException {
		for (Path file : files("")) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (String demo : NodeSecretsScriptIntegrationTests.DEMO_SECRETS) {
				assertThat(text).as(PRODUCTION.relativize(file) + " carries the demo value " + demo)
					.doesNotContain(demo);
			}
		}
	}

	@Test
	void shellScriptsPassBashSyntaxCheck() throws Exception {
		List<Path> scripts = files(".sh");
		assertThat(scripts).hasSizeGreaterThanOrEqualTo(4);
		for (Path script : scripts) {
			Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
			String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(bash.exitValue()).as(script + ": " + output).isZero();
			assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
		}
	}

	private static void assertPinned(String where, String image) {
		assertThat(image).as(where + " image").isNotBlank().doesNotEndWith(":latest").doesNotContain(":latest@");
		String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
		assertThat(afterRegistry).as(where + " image " + image + " has a tag or digest").containsAnyOf(":", "@");
	}

	/**
	 * The {@code ducha.*} leaf keys of a configuration that no known property matches.
	 */
	private static List<String> unknownKeys(Map<String, Object> configuration) {
		List<String> unknown = new ArrayList<>();
		collectUnknown("ducha", configuration.get("ducha"), map(knownProperties.get("ducha")), unknown);
		return unknown;
	}

	private static void collectUnknown(String name, Object value, Object known, List<String> unknown) {
		if (known == null) {
			unknown.add(name);
		}
		else if (value instanceof Map<?, ?> children && !LEAF.equals(known)) {
			Map<String, Object> knownChildren = map(known);
			children.forEach((key, child) -> {
				String segment = String.valueOf(key);
				Object next = knownChildren.containsKey(segment) ? knownChildren.get(segment) : knownChildren.get(ANY);
				collectUnknown(name + "." + segment, child, next, unknown);
			});
		}
		else if (value instanceof Map<?, ?>) {
			unknown.add(name + " (a value, not a group)");
		}
	}

	private static List<Map<String, Object>> kubernetesDocuments() throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Path file : files(".yaml")) {
			if (file.getParent().endsWith("k8s")) {
				documents(file).forEach((document) -> documents.add(map(document)));
			}
		}
		return documents;
	}

	private static List<Object> documents(Path file) throws IOException {
		List<Object> documents = new ArrayList<>();
		new Yaml().loadAll(Files.readString(file)).forEach(documents::add);
		return documents;
	}

	private static List<Path> files(String... suffixes) throws IOException {
		assertThat(PRODUCTION).as("the production folder").isDirectory();
		try (Stream<Path> walk = Files.walk(PRODUCTION)) {
			return walk.filter(Files::isRegularFile)
				.filter((file) -> Stream.of(suffixes).anyMatch((suffix) -> file.toString().endsWith(suffix)))
				.sorted()
				.toList();
		}
	}

	private static Object path(Map<String, Object> root, String... keys) {
		Object current = root;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	private static String text(Map<String, Object> root, String... keys) {
		Object value = path(root, keys);
		return (value != null) ? value.toString() : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).as("a mapping").isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	/**
	 * The tree of property names that the {@code @ConfigurationProperties} classes under
	 * {@code org.ducha} declare (node-core on the test classpath, the gateway from its
	 * compiled classes): a group maps names to groups, {@code *} stands for any map key,
	 * and {@value #LEAF} marks a value.
	 */
	static final class ConfigurationPropertiesTree {

		static Map<String, Object> scan(Path gatewayClasses) throws Exception {
			assertThat(gatewayClasses).as("the gateway's compiled classes (build the gateway module first)")
				.isDirectory();
			ClassLoader loader = new URLClassLoader(new URL[] { gatewayClasses.toUri().toURL() },
					ProductionManifestsTests.class.getClassLoader());
			ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(
					false) {
				@Override
				protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
					return true;
				}
			};
			scanner.setResourceLoader(new DefaultResourceLoader(loader));
			scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
			Map<String, Object> root = new LinkedHashMap<>();
			for (BeanDefinition definition : scanner.findCandidateComponents("org.ducha")) {
				Class<?> type = Class.forName(definition.getBeanClassName(), false, loader);
				String prefix = AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class)
					.prefix();
				Map<String, Object> group = root;
				for (String segment : prefix.split("\\.")) {
					group = map(group.computeIfAbsent(segment, (key) -> new LinkedHashMap<String, Object>()));
				}
				group.putAll(map(describe(type)));
			}
			assertThat(root).as("known properties").containsKey("ducha");
			assertThat(map(root.get("ducha"))).containsKeys("node", "security", "units", "gateway");
			return root;
		}

		private static Object describe(Type type) {
			Class<?> raw = raw(type);
			if (Map.class.isAssignableFrom(raw)) {
				return Map.of(ANY, describe(((ParameterizedType) type).getActualTypeArguments()[1]));
			}
			if (raw.isPrimitive() || raw.isEnum() || raw.isArray() || Collection.class.isAssignableFrom(raw)
					|| !raw.getName().startsWith("org.ducha.")) {
				return LEAF;
			}
			Map<String, Object> group = new LinkedHashMap<>();
			if (raw.isRecord()) {
				for (RecordComponent component : raw.getRecordComponents()) {
					group.put(kebab(component.getName()), describe(component.getGenericType()));
				}
			}
			else {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(raw)) {
					if (property.getReadMethod() != null && !"class".equals(property.getName())) {
						group.put(kebab(property.getName()), describe(property.getReadMethod().getGenericReturnType()));
					}
				}
			}
			return group;
		}

		private static Class<?> raw(Type type) {
			if (type instanceof ParameterizedType parameterized) {
				return (Class<?>) parameterized.getRawType();
			}
			return (type instanceof Class<?> plain) ? plain : Object.class;
		}

		private static String kebab(String name) {
			return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
		}

	}

}
