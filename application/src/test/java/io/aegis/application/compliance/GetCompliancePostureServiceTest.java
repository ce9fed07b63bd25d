package io.aegis.application.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.compliance.port.in.CompliancePostureView;
import io.aegis.application.compliance.port.in.CompliancePostureView.FrameworkSummary;
import io.aegis.application.compliance.port.in.GetCompliancePostureQuery;
import io.aegis.application.compliance.port.out.PostureCatalogReadModel;
import io.aegis.application.compliance.port.out.PostureEvaluationReadModel;
import io.aegis.application.compliance.port.out.PostureMappings;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.compliance.CatalogNode;
import io.aegis.domain.compliance.EvaluatedControl;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The posture's use case over fakes of its ports: framework 1 is an 800-53-sized catalog (20 families of groups, 1,189
 * controls, ids 1 to 1,209), each control mapped equal to a control of framework 2 (its id + 10,000), which an
 * assessment found implemented; framework 3's assessment concerns nothing mapped.
 */
class GetCompliancePostureServiceTest {

    private static final FrameworkId OWN = new FrameworkId(1);
    private static final int FAMILIES = 20;
    private static final int CONTROLS = 1_189;

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
    private final List<String> reads = new ArrayList<>();
    private final List<Scope> scopes = new ArrayList<>();
    private final List<CatalogNode> catalog = catalog();

    private final PostureCatalogReadModel catalogs = new PostureCatalogReadModel() {
        @Override
        public Optional<FrameworkSummary> framework(FrameworkId framework) {
            reads.add("framework");
            return framework.equals(OWN) ? Optional.of(new FrameworkSummary(1, "800-53", "5.1.1")) : Optional.empty();
        }

        @Override
        public List<CatalogControl> catalog(FrameworkId framework) {
            reads.add("catalog");
            return catalog.stream().map(node -> new CatalogControl(node, "C-" + node.id(), "control " + node.id()))
                    .toList();
        }
    };

    private final PostureEvaluationReadModel evidence = new PostureEvaluationReadModel() {
        @Override
        public List<CompletedAssessment> latestCompleted(Scope assets, Optional<AssetId> asset) {
            reads.add("assessments");
            scopes.add(assets);
            return List.of(completed(20, 2), completed(30, 3));
        }

        @Override
        public List<EvaluatedControl> evaluations(Scope assets, Collection<AssessmentId> assessments) {
            reads.add("evaluations");
            scopes.add(assets);
            List<EvaluatedControl> found = new ArrayList<>(assessed().stream().map(control -> new EvaluatedControl(
                    new AssessmentId(20), new ControlId(control.value() + 10_000), ImplementationStatus.IMPLEMENTED,
                    Optional.empty())).toList());
            found.add(new EvaluatedControl(new AssessmentId(30), new ControlId(99_999), ImplementationStatus.NOT_IMPLEMENTED,
                    Optional.empty()));
            return found;
        }
    };

    private final PostureMappings mappings = new PostureMappings() {
        @Override
        public List<MappingLink> linksTouching(Collection<ControlId> controls) {
            reads.add("mappings");
            return controls.stream().map(ControlId::value).map(id -> id > 10_000 ? id - 10_000 : id)
                    .filter(id -> id <= catalog.size())
                    .map(id -> new MappingLink(id, new ControlId(id), new ControlId(id + 10_000),
                            MappingRelationship.EQUAL, Optional.empty(), Optional.empty()))
                    .distinct().toList();
        }

        @Override
        public List<MappedControl> controls(Collection<ControlId> controls) {
            reads.add("controls");
            return controls.stream().map(id -> new MappedControl(id.value(), "B-" + id, "b", 2, "CSF")).toList();
        }
    };

    private final GetCompliancePostureService service = new GetCompliancePostureService(run, catalogs, evidence,
            mappings);

    @Test
    void a_catalog_of_1189_controls_takes_a_bounded_number_of_reads() {
        CompliancePostureView posture = service.posture(Actors.everything(), query());

        assertThat(posture.overall().controls()).isEqualTo(CONTROLS);
        assertThat(posture.overall().inferred()).isEqualTo(CONTROLS);
        assertThat(posture.families()).hasSize(FAMILIES);
        assertThat(reads).containsExactly("framework", "assessments", "evaluations", "catalog", "mappings",
                "mappings", "controls");
        CompliancePostureView.ControlPosture first = posture.families().get(0).controls().get(0);
        assertThat(first.path()).singleElement().satisfies(step -> {
            assertThat(step.from().controlId()).isEqualTo("C-" + first.control().id());
            assertThat(step.to().frameworkName()).isEqualTo("CSF");
        });
        assertThat(posture.assessments()).as("framework 3's assessment fed nothing")
                .extracting(CompliancePostureView.SourceAssessment::id).containsExactly(20L);
    }

    @Test
    void the_evidence_is_read_within_the_units_where_the_actor_reads_assets() {
        service.posture(Actors.withPermissions(Permission.FRAMEWORK_READ, Permission.ASSESSMENT_READ), query());

        assertThat(scopes).allSatisfy(scope -> assertThat(scope.isEmpty()).isTrue());
    }

    @Test
    void it_needs_framework_read_and_assessment_read_and_a_refusal_is_audited() {
        assertThatThrownBy(() -> service.posture(Actors.withPermissions(Permission.FRAMEWORK_READ), query()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.posture(Actors.withPermissions(Permission.ASSESSMENT_READ), query()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(audit.entries()).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                tuple("framework.compliance", AuditEntry.Outcome.DENIED),
                tuple("framework.compliance", AuditEntry.Outcome.DENIED));
        assertThat(reads).isEmpty();
    }

    @Test
    void an_unknown_framework_is_not_found() {
        assertThatThrownBy(() -> service.posture(Actors.everything(), new GetCompliancePostureQuery(
                new FrameworkId(9), Optional.empty()))).isInstanceOf(NotFoundException.class);
    }

    private static GetCompliancePostureQuery query() {
        return new GetCompliancePostureQuery(OWN, Optional.empty());
    }

    private static PostureEvaluationReadModel.CompletedAssessment completed(long id, long framework) {
        return new PostureEvaluationReadModel.CompletedAssessment(new AssessmentId(id), "Q" + id,
                new FrameworkId(framework), "F" + framework, Instant.parse("2026-12-01T00:00:00Z"));
    }

    /** 20 groups at the top, then 1,189 controls spread over them. */
    private static List<CatalogNode> catalog() {
        List<CatalogNode> nodes = new ArrayList<>();
        LongStream.rangeClosed(1, FAMILIES).forEach(group -> nodes.add(new CatalogNode(new ControlId(group),
                Optional.empty(), true, true)));
        LongStream.rangeClosed(FAMILIES + 1, FAMILIES + CONTROLS).forEach(id -> nodes.add(new CatalogNode(
                new ControlId(id), Optional.of(new ControlId(1 + id % FAMILIES)), false, true)));
        return nodes;
    }

    private List<ControlId> assessed() {
        return catalog.stream().filter(node -> !node.group()).map(CatalogNode::id).toList();
    }
}
