package org.ducha.node.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure, checked on every build (docs/architecture.md §4): the domain
 * knows nothing of protobuf, gRPC or the web; only federation adapters touch the wire;
 * the link engine knows no feature; top-level packages, counted with their subpackages,
 * have no cycles.
 */
class ArchitectureTests {

	private static final String[] DOMAIN = { "org.ducha.node.task", "org.ducha.node.report", "org.ducha.node.alert",
			"org.ducha.node.unit", "org.ducha.node.audit", "org.ducha.node.problem", "org.ducha.node.time",
			"org.ducha.node.reminder", "org.ducha.node.inbox", "org.ducha.node.notify", "org.ducha.node.timeline",
			"org.ducha.node.attachment", "org.ducha.node.decomposition", "org.ducha.node.tree", "org.ducha.node.people",
			"org.ducha.node.accountability", "org.ducha.node.observer" };

	/**
	 * The packages below the link engine and every feature: the node's identity and
	 * configuration (the root package), the administrative tree, and what every feature
	 * shares (sign-in, audit, attachments, certificates, errors, paging, ids, the
	 * timeline, notifications, the embedded database). The engine may use these and
	 * nothing else of the node; they use neither the engine nor a feature.
	 */
	private static final String[] BELOW_THE_ENGINE = { "org.ducha.node", "org.ducha.node.tree..",
			"org.ducha.node.attachment..", "org.ducha.node.audit..", "org.ducha.node.security..",
			"org.ducha.node.pki..", "org.ducha.node.problem..", "org.ducha.node.time..", "org.ducha.node.api..",
			"org.ducha.node.timeline..", "org.ducha.node.notify..", "org.ducha.node.database.." };

	private static final String ENGINE = "org.ducha.node.federation..";

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ducha.node");
	}

	@Test
	void theDomainDoesNotDependOnProtobufGrpcOrTheWeb() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ducha.proto..", "com.google.protobuf..", "io.grpc..", "org.springframework.web..",
					"org.springframework.http..", "jakarta.servlet..")
			.because("the domain knows nothing of the transports")
			.check(classes);
	}

	@Test
	void onlyFederationAdaptersTouchTheWireFormat() {
		noClasses().that()
			.resideOutsideOfPackages("..federation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ducha.proto..", "io.grpc..")
			.because("generated protobuf classes appear only in the engine and in each feature's federation package")
			.check(classes);
	}

	@Test
	void onlyFederationAdaptersUseTheEngine() {
		noClasses().that()
			.resideOutsideOfPackages("..federation..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..federation..")
			.because("a feature reaches the engine only through its own federation package; "
					+ "who is above or below this node is asked of org.ducha.node.tree")
			.check(classes);
	}

	@Test
	void theEngineKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage(ENGINE)
			.should()
			.dependOnClassesThat(resideInAPackage("org.ducha.node..").and(resideOutsideOfPackages(ENGINE))
				.and(resideOutsideOfPackages(BELOW_THE_ENGINE)))
			.because("features plug their handlers, translation and snapshot parts into the engine, "
					+ "never the other way round")
			.check(classes);
	}

	@Test
	void thePackagesBelowTheEngineKnowNeitherTheEngineNorAFeature() {
		noClasses().that()
			.resideInAnyPackage(BELOW_THE_ENGINE)
			.should()
			.dependOnClassesThat(resideInAPackage("org.ducha.node..").and(resideOutsideOfPackages(BELOW_THE_ENGINE)))
			.because("the administrative tree and the shared infrastructure sit below the engine and every feature")
			.check(classes);
	}

	@Test
	void webAdaptersStayThin() {
		noClasses().that()
			.resideInAnyPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..")
			.because("a controller calls an application service; it never touches storage")
			.check(classes);
	}

	@Test
	void topLevelPackagesWithTheirSubpackagesHaveNoCycles() {
		slices().matching("org.ducha.node.(*)..").should().beFreeOfCycles().check(classes);
	}

}
