package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.federation.HostileWorld.PATIENCE;
import static org.ducha.node.federation.HostileWorld.jdbc;
import static org.ducha.node.federation.HostileWorld.send;

/**
 * An upgrade seen from one node (docs/protocol.md §9): a city built without the handler
 * of alerts (as a version that did not know the kind) parks the alerts its province sends
 * it; restarted on the same database with the handler, it replays them when it starts, in
 * the order they arrived, each through the authority checks and its handler, once — a
 * forged one is quarantined as on arrival, a kind it still does not know stays parked,
 * and a second replay applies nothing.
 */
class ParkedEventReplayIntegrationTests {

	private final List<TestNode> nodes = new ArrayList<>();

	@AfterEach
	void stop() {
		Collections.reverse(this.nodes);
		this.nodes.forEach(TestNode::close);
	}

	@Test
	void aCityUpgradedWithTheHandlerReplaysWhatItParkedInOrderOnce() {
		TestNode province = track(TestNode.node("440000", NodeLevel.PROVINCE)
			.name("广东省")
			.children("441700")
			.departments(Map.of("zfb", "广东省人民政府办公厅"))
			.start());
		TestNode oldCity = track(
				city(province).bean("withoutAlertHandler", new WithoutBean("alertRaisedHandler")).start());
		assertThat(oldCity.bean(EventHandlers.class).of(WireEvents.alert("440000", "440000:zfb", "441700", false)))
			.as("the old city does not know alerts")
			.isEmpty();

		String first = send(province, Channel.CHANNEL_ALERT, "440000", "441700",
				WireEvents.alert("440000", "440000:zfb", "441700", false));
		// stated in the province's name for a unit of the city: its handler refuses it
		String forged = send(province, Channel.CHANNEL_ALERT, "440000", "441700",
				WireEvents.alert("440000", "441700:zfb", "441700", false));
		String unknown = send(province, Channel.CHANNEL_ALERT, "440000", "441700", future());
		String second = send(province, Channel.CHANNEL_ALERT, "440000", "441700",
				WireEvents.alert("440000", "440000:zfb", "441700", false));
		List<String> sent = List.of(first, forged, unknown, second);
		await().atMost(PATIENCE)
			.until(() -> jdbc(oldCity).sql("SELECT COUNT(*) FROM fed_parked_event").query(Long.class).single() == 4);
		assertThat(jdbc(oldCity).sql("SELECT COUNT(*) FROM alert").query(Long.class).single()).isZero();
		String schema = oldCity.schema();
		oldCity.close();
		this.nodes.remove(oldCity);

		List<String> applied = Collections.synchronizedList(new ArrayList<>());
		TestNode city = track(city(province).schema(schema).bean("recorder", new Recorder(applied)).start());
		JdbcClient db = jdbc(city);

		assertThat(applied).as("applied at start, in the order they arrived").containsExactly(first, second);
		assertThat(db.sql("SELECT COUNT(*) FROM alert").query(Long.class).single()).isEqualTo(2);
		assertThat(db.sql("SELECT event_id FROM fed_parked_event").query(String.class).list())
			.as("only the kind this version does not know either stays parked")
			.containsExactly(unknown);
		assertThat(db.sql("SELECT event_id, cause FROM fed_quarantine WHERE side = 'IN'")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
			.list()).containsExactly(forged + " FORBIDDEN");
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'ENTRY_QUARANTINED'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(db.sql("SELECT event_id FROM fed_applied_event WHERE origin_node = '440000'")
			.query(String.class)
			.list()).as("each claimed once, when it was parked").containsExactlyInAnyOrderElementsOf(sent);

		assertThat(city.bean(ParkedEventReplay.class).replay()).as("a second replay finds nothing to apply").isEmpty();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(province.bean(LinkStatusReader.class).all())
				.extracting(LinkStatus::protocolVersion)
				.as("two nodes of this version speak version 2")
				.containsExactly(2));
		assertThat(db.sql("SELECT detail FROM audit_event WHERE action = 'HELLO_ACCEPTED' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).endsWith("speaking protocol version 2");
		assertThat(applied).hasSize(2);
		assertThat(db.sql("SELECT COUNT(*) FROM alert").query(Long.class).single()).isEqualTo(2);
	}

	private TestNode track(TestNode node) {
		this.nodes.add(node);
		return node;
	}

	private static TestNode.Builder city(TestNode province) {
		return TestNode.node("441700", NodeLevel.CITY).name("阳江市").parent("440000", province.linkAddress());
	}

	/** An event of a kind no version built so far knows (field 999). */
	private static Event future() {
		return Event.newBuilder()
			.setUnknownFields(UnknownFieldSet.newBuilder()
				.addField(999,
						UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("新事件")).build())
				.build())
			.build();
	}

	/** Leaves a bean out of the context: a build without it. */
	private record WithoutBean(String name) implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			registry.removeBeanDefinition(this.name);
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		}

	}

	/** Notes the ids of the alerts the city's handler applies, in order. */
	private record Recorder(List<String> applied) implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof EventHandler handler) || handler.kind() != Event.KindCase.ALERT_RAISED) {
				return bean;
			}
			return new EventHandler() {

				@Override
				public Event.KindCase kind() {
					return handler.kind();
				}

				@Override
				public Authority authority() {
					return handler.authority();
				}

				@Override
				public void apply(List<IncomingEvent> events) {
					handler.apply(events);
					events.forEach((event) -> Recorder.this.applied.add(event.eventId()));
				}

			};
		}

	}

}
