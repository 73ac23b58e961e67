package org.ducha.node.users;

import java.util.List;

import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.problem.ServiceUnavailableException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

/**
 * User administration where the identity provider is, for a security administrator of any
 * node below or at this one: every target is checked against the subtree of the
 * administrator's own node, read from the identity provider's group tree, before anything
 * is changed. A user outside it is not found, exactly like a missing one.
 */
final class SubtreeAdministration implements UserAuthority {

	private final UserDirectory users;

	SubtreeAdministration(UserDirectory users) {
		this.users = users;
	}

	@Override
	public List<ManagedUser> list(Actor actor, int page, int size) {
		return this.users.membersOf(actor.orgCode(), page * size, size)
			.stream()
			.filter((user) -> inSubtree(user, actor.orgCode()))
			.toList();
	}

	@Override
	public ManagedUser get(String id, Actor actor) {
		return visible(id, actor);
	}

	@Override
	public ManagedUser create(NewUser user, Actor actor) {
		List<String> roles = RoleGrants.businessRoles(user.roles()).stream().map(Role::claim).toList();
		requireGroupInSubtree(user.groupCode(), actor);
		String id;
		try {
			id = this.users.create(new NewUser(user.username(), user.firstName(), user.lastName(), user.email(),
					user.groupCode(), roles, user.temporaryPassword()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
		return visible(id, actor);
	}

	@Override
	public ManagedUser setEnabled(String id, boolean enabled, Actor actor) {
		ManagedUser user = visible(id, actor);
		requireNotSelf(user, actor);
		requireManages(user, actor);
		this.users.setEnabled(id, enabled);
		return visible(id, actor);
	}

	@Override
	public ManagedUser move(String id, String groupCode, Actor actor) {
		ManagedUser user = visible(id, actor);
		requireNotSelf(user, actor);
		if (RoleGrants.holdsAdministratorRole(user.roles())) {
			throw new ForbiddenException("管理员账号不能调动：请为新的单位任命管理员，并停用此账号。"
					+ " An administrator's account is not moved: appoint one for the other node and disable this one.");
		}
		requireLocal(user);
		requireGroupInSubtree(groupCode, actor);
		this.users.move(id, groupCode);
		return visible(id, actor);
	}

	@Override
	public ManagedUser appoint(NewAdministrator administrator, Actor actor) {
		Role role = RoleGrants.administratorRole(administrator.role());
		String node = administrator.nodeCode();
		if (node == null || node.contains(":")) {
			throw new InvalidRequestException("管理员属于一个节点（政府），不属于部门：" + node
					+ "。 An administrator belongs to a node (a government), not to a department: " + node + ".");
		}
		List<String> chain = this.users.governments(node);
		if (chain.isEmpty()) {
			throw new InvalidRequestException("没有节点 " + node + "。 No node " + node + ".");
		}
		requireParentOf(chain, actor);
		String id;
		try {
			id = this.users.createAdministrator(new NewAdministrator(administrator.username(),
					administrator.firstName(), administrator.lastName(), administrator.email(), node, role.claim()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new ServiceUnavailableException(ex.getMessage());
		}
		return visible(id, actor);
	}

	private ManagedUser visible(String id, Actor actor) {
		return this.users.find(id)
			.filter((user) -> inSubtree(user, actor.orgCode()))
			.orElseThrow(() -> new NotFoundException("No user " + id));
	}

	/**
	 * Whether every group of the user lies in the node's subtree (and the user has one).
	 */
	private boolean inSubtree(ManagedUser user, String node) {
		return !user.groups().isEmpty()
				&& user.groups().stream().allMatch((group) -> this.users.governments(group).contains(node));
	}

	private void requireGroupInSubtree(String groupCode, Actor actor) {
		if (groupCode == null || !this.users.governments(groupCode).contains(actor.orgCode())) {
			throw new InvalidRequestException("单位 " + groupCode + " 不是 " + actor.orgCode() + " 或其下级政府、部门。 Group "
					+ groupCode + " is not " + actor.orgCode() + " or a government or department below it.");
		}
	}

	/**
	 * An administrator of a node is managed by the security administrator of the level
	 * above only: a node's own security administrator cannot disable its auditor.
	 */
	private void requireManages(ManagedUser user, Actor actor) {
		if (!RoleGrants.holdsAdministratorRole(user.roles())) {
			return;
		}
		for (String group : user.groups()) {
			requireParentOf(this.users.governments(group), actor);
		}
	}

	private static void requireParentOf(List<String> chain, Actor actor) {
		boolean parent = chain.size() >= 2 && chain.get(chain.size() - 2).equals(actor.orgCode());
		if (!parent) {
			String node = chain.isEmpty() ? "?" : chain.get(chain.size() - 1);
			throw new ForbiddenException("节点 " + node + " 的管理员只由其上一级的安全管理员任命和管理（三员分立）；"
					+ "省级的管理员由 Keycloak 领域管理员在安装时任命。 The administrators of node " + node
					+ " are appointed and managed by the security administrator of the level above only; "
					+ "the province's own are appointed at installation by the realm's administrator.");
		}
	}

	/**
	 * The group of an account from a directory or another identity provider is that
	 * source's: moving it here would be undone by the next synchronisation or sign-in.
	 */
	private static void requireLocal(ManagedUser user) {
		if (user.source() == AccountSource.DIRECTORY) {
			throw new ConflictException("账号 " + user.username() + " 的单位来自其所属目录 " + user.sourceName()
					+ "（目录同步），请在该目录中调动。 The group of account " + user.username() + " comes from its directory "
					+ user.sourceName() + ": move them there.");
		}
		if (user.source() == AccountSource.PROVIDER) {
			throw new ConflictException("账号 " + user.username() + " 的单位来自其统一身份认证 " + user.sourceName()
					+ "，请在该身份提供方调动。 The group of account " + user.username() + " comes from its identity provider "
					+ user.sourceName() + ": move them there.");
		}
	}

	private static void requireNotSelf(ManagedUser user, Actor actor) {
		if (user.id().equals(actor.subject())) {
			throw new InvalidRequestException("管理员不能更改自己的账号。 An administrator does not change their own account.");
		}
	}

}
