package org.ducha.node.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.problem.ServiceUnavailableException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A node's security administrator (secadmin) manages the people of its own government and
 * of the governments below it: every target is checked against the subtree before the
 * identity provider is touched, and a user outside it is not found, exactly like a
 * missing one.
 */
@Service
public class UserAdministration {

	private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR);

	private final Optional<UserDirectory> users;

	private final Directory directory;

	private final NodeIdentity self;

	private final AuditTrail audit;

	UserAdministration(ObjectProvider<UserDirectory> users, Directory directory, NodeIdentity self, AuditTrail audit) {
		this.users = Optional.ofNullable(users.getIfAvailable());
		this.directory = directory;
		this.self = self;
		this.audit = audit;
	}

	public List<ManagedUser> list(Actor actor, int page, int size) {
		requireSecadmin(actor);
		return users().membersOf(this.self.code(), page * size, size).stream().filter(this::inSubtree).toList();
	}

	public ManagedUser get(String id, Actor actor) {
		requireSecadmin(actor);
		return visible(id);
	}

	public ManagedUser create(NewUser user, Actor actor) {
		requireSecadmin(actor);
		requireGroupInSubtree(user.groupCode());
		List<Role> roles = roles(user.roles());
		if (roles.stream().filter(ADMINISTRATORS::contains).count() > 1) {
			throw new InvalidRequestException("三员分立: a user holds at most one of sysadmin, secadmin and auditor");
		}
		String id;
		try {
			id = users().create(user);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
		this.audit.record(AuditCategory.SECURITY, "USER_CREATED", actor.subject(), null,
				"user " + user.username() + " (" + id + ") in " + user.groupCode() + " with roles " + user.roles());
		return visible(id);
	}

	public ManagedUser setEnabled(String id, boolean enabled, Actor actor) {
		requireSecadmin(actor);
		ManagedUser user = visible(id);
		if (user.id().equals(actor.subject())) {
			throw new InvalidRequestException("An administrator does not disable or enable their own account");
		}
		users().setEnabled(id, enabled);
		this.audit.record(AuditCategory.SECURITY, enabled ? "USER_ENABLED" : "USER_DISABLED", actor.subject(), null,
				"user " + user.username() + " (" + id + ")");
		return visible(id);
	}

	public ManagedUser move(String id, String groupCode, Actor actor) {
		requireSecadmin(actor);
		ManagedUser user = visible(id);
		requireGroupInSubtree(groupCode);
		users().move(id, groupCode);
		this.audit.record(AuditCategory.SECURITY, "USER_MOVED", actor.subject(), null,
				"user " + user.username() + " (" + id + ") from " + user.groups() + " to " + groupCode);
		return visible(id);
	}

	private ManagedUser visible(String id) {
		return users().find(id).filter(this::inSubtree).orElseThrow(() -> new NotFoundException("No user " + id));
	}

	/**
	 * Whether every group of the user lies in this node's subtree (and the user has one).
	 */
	private boolean inSubtree(ManagedUser user) {
		return !user.groups().isEmpty() && user.groups().stream().allMatch(this::isInSubtree);
	}

	private boolean isInSubtree(String groupCode) {
		return groupCode != null && this.directory.isSelfOrBelow(Unit.nodeOf(groupCode));
	}

	private void requireGroupInSubtree(String groupCode) {
		if (!isInSubtree(groupCode)) {
			throw new InvalidRequestException(
					"Group " + groupCode + " is not " + this.self.name() + " or a government or department below it");
		}
	}

	private static List<Role> roles(List<String> claims) {
		if (claims == null || claims.isEmpty()) {
			throw new InvalidRequestException("A user needs at least one role");
		}
		return claims.stream()
			.map((claim) -> Role.ofClaim(claim)
				.filter((role) -> role != Role.NODE)
				.orElseThrow(() -> new InvalidRequestException("Unknown role " + claim)))
			.toList();
	}

	private void requireSecadmin(Actor actor) {
		if (!actor.has(Role.SECADMIN) || !this.self.code().equals(actor.orgCode())) {
			throw new ForbiddenException("Only a security administrator of " + this.self.name() + " manages its users");
		}
	}

	private UserDirectory users() {
		return this.users.orElseThrow(() -> new ServiceUnavailableException(
				"User administration needs the Keycloak realm and this node's client "
						+ "(ducha.security.keycloak.issuer-uri and .client-secret)"));
	}

}
