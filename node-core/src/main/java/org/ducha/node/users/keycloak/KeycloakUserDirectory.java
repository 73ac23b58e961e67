package org.ducha.node.users.keycloak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Role;
import org.ducha.node.users.AccountSource;
import org.ducha.node.users.ManagedUser;
import org.ducha.node.users.NewAdministrator;
import org.ducha.node.users.NewUser;
import org.ducha.node.users.UserDirectory;

/**
 * The people in the Keycloak realm, reached with this node's service account. Groups are
 * found by their {@code orgCode} (governments) or {@code unitCode} (departments)
 * attribute.
 */
class KeycloakUserDirectory implements UserDirectory {

	/**
	 * What a new administrator does through the e-mailed link before anything else: set a
	 * password and a one-time-code device (the realm's flows ask administrators for one).
	 */
	private static final List<String> SETUP_ACTIONS = List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP");

	private static final Duration SETUP_LINK_LIFESPAN = Duration.ofDays(3);

	private final Keycloak keycloak;

	private final String realm;

	private final Map<String, GroupRepresentation> groups = new ConcurrentHashMap<>();

	/** The names of the directories attached to the realm, by their component's id. */
	private final Map<String, String> directories = new ConcurrentHashMap<>();

	KeycloakUserDirectory(Keycloak keycloak, String realm) {
		this.keycloak = keycloak;
		this.realm = realm;
	}

	private RealmResource realm() {
		return this.keycloak.realm(this.realm);
	}

	@Override
	public List<ManagedUser> membersOf(String groupCode, int first, int max) {
		Map<String, UserRepresentation> members = new LinkedHashMap<>();
		collect(group(groupCode), members);
		return members.values()
			.stream()
			.sorted(Comparator.comparing(UserRepresentation::getUsername))
			.skip(first)
			.limit(max)
			.map(this::managed)
			.toList();
	}

	private void collect(GroupRepresentation group, Map<String, UserRepresentation> members) {
		for (UserRepresentation member : realm().groups().group(group.getId()).members(0, 10_000)) {
			members.putIfAbsent(member.getId(), member);
		}
		for (GroupRepresentation child : realm().groups().group(group.getId()).getSubGroups(0, 1_000, false)) {
			collect(child, members);
		}
	}

	@Override
	public Optional<ManagedUser> find(String id) {
		try {
			return Optional.of(managed(realm().users().get(id).toRepresentation()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private ManagedUser managed(UserRepresentation user) {
		UserResource resource = realm().users().get(user.getId());
		List<String> groupCodes = resource.groups(null, 0, 100, false)
			.stream()
			.map(KeycloakUserDirectory::code)
			.filter((code) -> code != null)
			.toList();
		List<String> roles = resource.roles()
			.realmLevel()
			.listAll()
			.stream()
			.map(RoleRepresentation::getName)
			.filter((name) -> Role.ofClaim(name).isPresent())
			.sorted()
			.toList();
		AccountSource source = AccountSource.LOCAL;
		String sourceName = null;
		if (user.getFederationLink() != null) {
			source = AccountSource.DIRECTORY;
			sourceName = directoryName(user.getFederationLink());
		}
		else {
			List<FederatedIdentityRepresentation> identities = resource.getFederatedIdentity();
			if (!identities.isEmpty()) {
				source = AccountSource.PROVIDER;
				sourceName = identities.get(0).getIdentityProvider();
			}
		}
		return new ManagedUser(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
				user.getEmail(), Boolean.TRUE.equals(user.isEnabled()), groupCodes, roles, source, sourceName);
	}

	/**
	 * The name of the user federation (a directory attached to the realm) an account
	 * comes from; its id when the component cannot be read.
	 */
	private String directoryName(String componentId) {
		return this.directories.computeIfAbsent(componentId, (id) -> {
			try {
				return realm().components().component(id).toRepresentation().getName();
			}
			catch (NotFoundException ex) {
				return id;
			}
		});
	}

	@Override
	public List<String> governments(String groupCode) {
		GroupRepresentation group;
		try {
			group = group(groupCode);
		}
		catch (InvalidRequestException ex) {
			return List.of();
		}
		// the group tree names governments by their codes: /440000/441700/441704/jyj
		return Arrays.stream(group.getPath().split("/")).filter(NodeIdentity::isNodeCode).toList();
	}

	@Override
	public String create(NewUser user) {
		UserRepresentation representation = new UserRepresentation();
		representation.setUsername(user.username());
		representation.setFirstName(user.firstName());
		representation.setLastName(user.lastName());
		representation.setEmail(user.email());
		representation.setEnabled(true);
		representation.setGroups(List.of(group(user.groupCode()).getPath()));
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(user.temporaryPassword());
		password.setTemporary(true);
		representation.setCredentials(List.of(password));
		return createWithRoles(representation, user.roles());
	}

	@Override
	public String createAdministrator(NewAdministrator administrator) {
		UserRepresentation representation = new UserRepresentation();
		representation.setUsername(administrator.username());
		representation.setFirstName(administrator.firstName());
		representation.setLastName(administrator.lastName());
		representation.setEmail(administrator.email());
		representation.setEnabled(true);
		representation.setGroups(List.of(group(administrator.nodeCode()).getPath()));
		representation.setRequiredActions(SETUP_ACTIONS);
		String id = createWithRoles(representation, List.of(administrator.role()));
		try {
			realm().users().get(id).executeActionsEmail(SETUP_ACTIONS, (int) SETUP_LINK_LIFESPAN.toSeconds());
		}
		catch (RuntimeException ex) {
			// an account nobody can ever sign in to is not what was asked for
			realm().users().delete(id).close();
			throw new IllegalStateException("Keycloak 未能发送设置邮件，账号未创建；请检查领域的 SMTP 设置。"
					+ " Keycloak could not send the set-up e-mail, so no account was created; check the realm's "
					+ "SMTP settings: " + ex.getMessage(), ex);
		}
		return id;
	}

	/**
	 * Creates a user, then gives the roles; a user left without them is removed again.
	 */
	private String createWithRoles(UserRepresentation representation, List<String> roleNames) {
		String id;
		try (Response response = realm().users().create(representation)) {
			refuseUnlessCreated(response, representation.getUsername());
			id = CreatedResponseUtil.getCreatedId(response);
		}
		try {
			List<RoleRepresentation> roles = new ArrayList<>();
			for (String role : roleNames) {
				roles.add(realm().roles().get(role).toRepresentation());
			}
			realm().users().get(id).roles().realmLevel().add(roles);
		}
		catch (RuntimeException ex) {
			// A person without their roles is not what was asked for: take them out
			// again.
			realm().users().delete(id).close();
			throw ex;
		}
		return id;
	}

	@Override
	public void setEnabled(String id, boolean enabled) {
		UserResource resource = realm().users().get(id);
		UserRepresentation representation = resource.toRepresentation();
		representation.setEnabled(enabled);
		resource.update(representation);
	}

	@Override
	public void move(String id, String groupCode) {
		UserResource resource = realm().users().get(id);
		String target = group(groupCode).getId();
		for (GroupRepresentation current : resource.groups()) {
			if (!current.getId().equals(target)) {
				resource.leaveGroup(current.getId());
			}
		}
		resource.joinGroup(target);
	}

	/**
	 * Keycloak answers 409 for a username (or e-mail) already taken and 400 for a
	 * password its policy refuses; both are the caller's to fix.
	 */
	private static void refuseUnlessCreated(Response response, String username) {
		if (response.getStatus() == 201) {
			return;
		}
		String reason = response.hasEntity() ? response.readEntity(String.class) : "";
		String message = "Keycloak refused user " + username + " (" + response.getStatus() + "): " + reason;
		if (response.getStatus() == 409) {
			throw new ConflictException(message);
		}
		if (response.getStatus() == 400) {
			throw new InvalidRequestException(message);
		}
		throw new IllegalStateException(message);
	}

	/** A group by the code its attributes carry. */
	private GroupRepresentation group(String code) {
		return this.groups.computeIfAbsent(code, (key) -> {
			String attribute = key.contains(":") ? "unitCode" : "orgCode";
			return realm().groups()
				.query(attribute + ":" + key, true, 0, 100, false)
				.stream()
				.map((group) -> find(group, attribute, key))
				.flatMap(Optional::stream)
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException("No group has " + attribute + " " + key));
		});
	}

	private static Optional<GroupRepresentation> find(GroupRepresentation group, String attribute, String value) {
		Map<String, List<String>> attributes = group.getAttributes();
		if (attributes != null && attributes.getOrDefault(attribute, List.of()).contains(value)) {
			return Optional.of(group);
		}
		if (group.getSubGroups() != null) {
			for (GroupRepresentation child : group.getSubGroups()) {
				Optional<GroupRepresentation> found = find(child, attribute, value);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static String code(GroupRepresentation group) {
		Map<String, List<String>> attributes = group.getAttributes();
		if (attributes == null) {
			return null;
		}
		List<String> unit = attributes.getOrDefault("unitCode", List.of());
		List<String> org = attributes.getOrDefault("orgCode", List.of());
		return !unit.isEmpty() ? unit.get(0) : (!org.isEmpty() ? org.get(0) : null);
	}

}
