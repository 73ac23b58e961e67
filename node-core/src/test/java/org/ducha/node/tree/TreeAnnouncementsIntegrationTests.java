package org.ducha.node.tree;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city learns who is above it from its parent's Hello: it keeps the ancestors that can
 * be above it, and only once the Hello that announced them committed.
 */
class TreeAnnouncementsIntegrationTests {

	private static TestNode city;

	private TreeAnnouncements announcements;

	private Ancestry ancestry;

	private TransactionTemplate transaction;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.withoutTransport()
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@BeforeEach
	void reset() {
		city.resetState();
		this.announcements = city.bean(TreeAnnouncements.class);
		this.ancestry = city.bean(Ancestry.class);
		this.transaction = new TransactionTemplate(city.bean(PlatformTransactionManager.class));
		announce(List.of());
	}

	private void announce(List<String> ancestors) {
		this.transaction.executeWithoutResult((status) -> this.announcements.parentAnnounced("440000", ancestors));
	}

	@Test
	void theParentComesFirstThenTheAncestorsItAnnouncedLast() {
		assertThat(this.ancestry.codes()).containsExactly("440000");
		announce(List.of("990000"));
		assertThat(this.ancestry.codes()).containsExactly("440000", "990000");
		assertThat(this.ancestry.isAncestor("990000")).isTrue();
		assertThat(this.ancestry.isAncestor("441704")).isFalse();
	}

	@Test
	void anAncestorThatIsThisNodeOrBelowItOrNoNodeCodeIsLeftOut() {
		announce(List.of("441700", "441704", "44-000", "990000"));
		assertThat(this.ancestry.codes()).containsExactly("440000", "990000");
	}

	@Test
	void ancestorsAnnouncedByAHelloThatRolledBackAreNotKept() {
		this.transaction.executeWithoutResult((status) -> {
			this.announcements.parentAnnounced("440000", List.of("990000"));
			assertThat(this.ancestry.codes()).as("read inside the Hello's own transaction")
				.containsExactly("440000", "990000");
			status.setRollbackOnly();
		});
		assertThat(this.ancestry.codes()).containsExactly("440000");
	}

}
