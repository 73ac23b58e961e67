package org.ducha.node.users;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.unit.Unit;

/**
 * The identity provider as a map, over the demo tree (广东省 440000, 阳江市 441700 with 441702
 * and 441704, 茂名市 440900 with 440902).
 */
final class InMemoryUserDirectory implements UserDirectory {

	private static final Map<String, String> PARENTS = Map.of("440000", "", "441700", "440000", "441702", "441700",
			"441704", "441700", "440900", "440000", "440902", "440900");

	private final Map<String, ManagedUser> users = new LinkedHashMap<>();

	/** Who got a set-up e-mail. */
	final List<String> setupMailsTo = new ArrayList<>();

	synchronized void add(String id, String group, String role) {
		this.users.put(id, new ManagedUser(id, id, null, null, null, true, List.of(group), List.of(role)));
	}

	/**
	 * An account from a directory or an identity provider ({@code name}: the directory's
	 * name or the provider's alias).
	 */
	synchronized void addFrom(AccountSource source, String name, String id, String group, String role) {
		this.users.put(id,
				new ManagedUser(id, id, null, null, null, true, List.of(group), List.of(role), source, name));
	}

	@Override
	public synchronized List<ManagedUser> membersOf(String groupCode, int first, int max) {
		// deliberately everyone: the administration must filter by the subtree itself
		return this.users.values()
			.stream()
			.sorted(Comparator.comparing(ManagedUser::username))
			.skip(first)
			.limit(max)
			.toList();
	}

	@Override
	public synchronized Optional<ManagedUser> find(String id) {
		return Optional.ofNullable(this.users.get(id));
	}

	@Override
	public List<String> governments(String groupCode) {
		LinkedList<String> chain = new LinkedList<>();
		String node = Unit.nodeOf(groupCode);
		while (PARENTS.containsKey(node)) {
			chain.addFirst(node);
			node = PARENTS.get(node);
		}
		return chain;
	}

	@Override
	public synchronized String create(NewUser user) {
		this.users.put(user.username(), new ManagedUser(user.username(), user.username(), user.firstName(),
				user.lastName(), user.email(), true, List.of(user.groupCode()), new ArrayList<>(user.roles())));
		return user.username();
	}

	@Override
	public synchronized String createAdministrator(NewAdministrator administrator) {
		this.users.put(administrator.username(),
				new ManagedUser(administrator.username(), administrator.username(), administrator.firstName(),
						administrator.lastName(), administrator.email(), true, List.of(administrator.nodeCode()),
						List.of(administrator.role())));
		this.setupMailsTo.add(administrator.email());
		return administrator.username();
	}

	@Override
	public synchronized void setEnabled(String id, boolean enabled) {
		this.users.put(id, this.users.get(id).withEnabled(enabled));
	}

	@Override
	public synchronized void move(String id, String groupCode) {
		this.users.put(id, this.users.get(id).withGroups(List.of(groupCode)));
	}

}
