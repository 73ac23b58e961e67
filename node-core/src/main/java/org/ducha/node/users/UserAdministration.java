package org.ducha.node.users;

import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.ServiceUnavailableException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A node's security administrator (secadmin) manages the people of its own government and
 * of the governments below it, and appoints the administrators of the nodes right below
 * it. The node holding the identity provider's power (the province) carries it out for
 * every node's security administrator, scoped to that administrator's subtree; every
 * other node forwards its own administrators' requests there (docs/security.md,
 * "Delegated administration"). Each node records what went through it in its audit trail.
 */
@Service
public class UserAdministration {

	private final Optional<UserAuthority> authority;

	private final boolean holdsDirectory;

	private final NodeIdentity self;

	private final AuditTrail audit;

	UserAdministration(ObjectProvider<UserDirectory> directory, ObjectProvider<UserAuthority> relay, NodeIdentity self,
			AuditTrail audit) {
		UserDirectory users = directory.getIfAvailable();
		this.holdsDirectory = users != null;
		this.authority = (users != null) ? Optional.of(new SubtreeAdministration(users))
				: Optional.ofNullable(relay.getIfAvailable());
		this.self = self;
		this.audit = audit;
	}

	public List<ManagedUser> list(Actor actor, int page, int size) {
		requireSecadmin(actor);
		return authority().list(actor, page, size);
	}

	public ManagedUser get(String id, Actor actor) {
		requireSecadmin(actor);
		return authority().get(id, actor);
	}

	public ManagedUser create(NewUser user, Actor actor) {
		requireSecadmin(actor);
		RoleGrants.businessRoles(user.roles());
		ManagedUser created = authority().create(user, actor);
		record(actor, "USER_CREATED", "user " + created.username() + " (" + created.id() + ") in " + user.groupCode()
				+ " with roles " + created.roles());
		return created;
	}

	public ManagedUser setEnabled(String id, boolean enabled, Actor actor) {
		requireSecadmin(actor);
		ManagedUser user = authority().setEnabled(id, enabled, actor);
		record(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", "user " + user.username() + " (" + id + ")");
		return user;
	}

	public ManagedUser move(String id, String groupCode, Actor actor) {
		requireSecadmin(actor);
		ManagedUser user = authority().move(id, groupCode, actor);
		record(actor, "USER_MOVED", "user " + user.username() + " (" + id + ") to " + groupCode);
		return user;
	}

	/**
	 * Appoints an administrator of a node right below the caller's: a new account with
	 * one administrator role, whose first credential only the person sets.
	 */
	public ManagedUser appoint(NewAdministrator administrator, Actor actor) {
		requireSecadmin(actor);
		RoleGrants.administratorRole(administrator.role());
		ManagedUser appointed = authority().appoint(administrator, actor);
		record(actor, "ADMINISTRATOR_APPOINTED", "user " + appointed.username() + " (" + appointed.id() + ") as "
				+ administrator.role() + " of " + administrator.nodeCode());
		return appointed;
	}

	private void record(Actor actor, String action, String detail) {
		String on = actor.orgCode().equals(this.self.code()) ? ""
				: " for the security administrator of " + actor.orgCode();
		this.audit.record(AuditCategory.SECURITY, action, actor.subject(), null, detail + on);
	}

	/**
	 * A security administrator of this node; where the directory is, also one of a node
	 * below, whose own node forwarded the request (the scope is then that node's
	 * subtree).
	 */
	private void requireSecadmin(Actor actor) {
		boolean ownNode = this.self.code().equals(actor.orgCode());
		if (!actor.has(Role.SECADMIN) || !(ownNode || (this.holdsDirectory && actor.orgCode() != null))) {
			throw new ForbiddenException("只有" + this.self.name() + "的安全管理员管理其用户。 Only a security administrator of "
					+ this.self.name() + " manages its users.");
		}
	}

	private UserAuthority authority() {
		return this.authority.orElseThrow(() -> new ServiceUnavailableException("用户管理需要 Keycloak 领域和本节点的客户端（省级节点），"
				+ "或省级节点的地址（其他节点）。 User administration needs the Keycloak realm and this node's client "
				+ "(ducha.security.keycloak.issuer-uri and .client-secret) at the province, "
				+ "or the province node's address (ducha.users.province-url) at any other node"));
	}

}
