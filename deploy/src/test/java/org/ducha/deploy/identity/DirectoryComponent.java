package org.ducha.deploy.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;

/**
 * A directory attached to the realm as an administrator attaches one, through Keycloak's
 * admin API: the component of {@code deploy/keycloak/directory/<name>.json} with its
 * placeholders filled in is created, then the mappers Keycloak creates by itself for a
 * new LDAP component are replaced by the file's ({@code subComponents}).
 */
final class DirectoryComponent {

	static final String MAPPER_TYPE = "org.keycloak.storage.ldap.mappers.LDAPStorageMapper";

	private static final ObjectMapper json = new ObjectMapper();

	private DirectoryComponent() {
	}

	/** The file of a directory's component in the repository. */
	static Path file(String name) {
		Path root = Path.of(System.getProperty("ducha.repository.root", "..")).toAbsolutePath().normalize();
		return root.resolve("deploy/keycloak/directory/" + name + ".json");
	}

	/**
	 * Creates the component and its mappers.
	 * @param placeholders values of the file's {@code ${NAME}} placeholders
	 * @return the component's id
	 */
	static String attach(RealmResource realm, Path file, Map<String, String> placeholders) {
		JsonNode component;
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
				text = text.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
			}
			if (text.contains("${")) {
				throw new IllegalArgumentException(
						"A placeholder of " + file + " was not given: " + placeholders.keySet());
			}
			component = json.readTree(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ComponentRepresentation provider = representation(component, null);
		String id;
		try (Response response = realm.components().add(provider)) {
			if (response.getStatus() != 201) {
				throw new IllegalStateException("Keycloak refused the component (" + response.getStatus() + "): "
						+ response.readEntity(String.class));
			}
			id = CreatedResponseUtil.getCreatedId(response);
		}
		for (ComponentRepresentation created : realm.components().query(id, MAPPER_TYPE)) {
			realm.components().component(created.getId()).remove();
		}
		for (JsonNode mapper : component.path("subComponents").path(MAPPER_TYPE)) {
			ComponentRepresentation representation = representation(mapper, id);
			representation.setProviderType(MAPPER_TYPE);
			try (Response response = realm.components().add(representation)) {
				if (response.getStatus() != 201) {
					throw new IllegalStateException("Keycloak refused mapper " + representation.getName() + " ("
							+ response.getStatus() + "): " + response.readEntity(String.class));
				}
			}
		}
		return id;
	}

	private static ComponentRepresentation representation(JsonNode node, String parentId) {
		ComponentRepresentation representation = new ComponentRepresentation();
		representation.setName(node.path("name").asText());
		representation.setProviderId(node.path("providerId").asText());
		representation.setProviderType(node.path("providerType").asText(null));
		representation.setParentId(parentId);
		MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
		node.path("config").properties().forEach((entry) -> {
			List<String> values = new ArrayList<>();
			entry.getValue().forEach((value) -> values.add(value.asText()));
			config.put(entry.getKey(), values);
		});
		representation.setConfig(config);
		return representation;
	}

}
