package org.ducha.bench;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SimulatedCountyTests {

	@TempDir
	Path folder;

	private SimulatedCounty county() {
		return new SimulatedCounty(new Guangdong.County("441704", "阳东区"), "441700", "440000",
				CursorFile.open(this.folder.resolve("441704.cursor")));
	}

	@Test
	void reportsNothingBeforeItHasAnAssignment() {
		assertThatIllegalStateException().isThrownBy(county()::append);
	}

	@Test
	void signsFirstThenReportsWithRisingRevisions() {
		SimulatedCounty county = county();
		assertThat(county.assign(UUID.randomUUID().toString(), UUID.randomUUID().toString())).isTrue();
		Entry signing = county.entry(7, county.append(), System.nanoTime());
		Entry report = county.entry(8, county.append(), System.nanoTime());
		assertThat(signing.getEvent().getKindCase()).isEqualTo(Event.KindCase.ASSIGNMENT_SIGNED);
		assertThat(report.getEvent().getKindCase()).isEqualTo(Event.KindCase.PROGRESS_REPORTED);
		assertThat(report.getEvent().getProgressReported().getAssigneeRevision()).isEqualTo(2);
		assertThat(report.getEvent().getProgressReported().getUnitCode()).isEqualTo("441704");
		assertThat(report.getSeq()).isEqualTo(8);
		assertThat(report.getOriginNode()).isEqualTo("441704");
		assertThat(report.getDestinationNode()).isEqualTo("440000");
	}

	@Test
	void rebuildsTheSameEntryWithTheSameIds() {
		SimulatedCounty county = county();
		county.assign(UUID.randomUUID().toString(), UUID.randomUUID().toString());
		county.append();
		long seq = county.append();
		Entry first = county.entry(2, seq, 1_000);
		Entry again = county.entry(2, seq, 1_000);
		assertThat(again).isEqualTo(first);
		assertThat(UUID.fromString(first.getEventId())).isNotNull();
		assertThat(UUID.fromString(first.getEvent().getProgressReported().getReportId())).isNotNull();
		assertThat(county.entry(3, county.append(), 1_000).getEventId()).isNotEqualTo(first.getEventId());
	}

	@Test
	void resumesItsLogFromItsFile() {
		SimulatedCounty county = county();
		String assignment = UUID.randomUUID().toString();
		county.assign(assignment, UUID.randomUUID().toString());
		county.append();
		county.append();
		Entry before = county.entry(2, 2, 1_000);
		county.save();
		SimulatedCounty reopened = county();
		assertThat(reopened.lastSeq()).isEqualTo(2);
		assertThat(reopened.assign(assignment, "ignored")).isFalse();
		assertThat(reopened.entry(2, 2, 1_000).getEventId()).isEqualTo(before.getEventId());
	}

}
