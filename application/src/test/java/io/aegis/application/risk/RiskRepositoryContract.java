package io.aegis.application.risk;

import static io.aegis.application.risk.RiskMother.POLICY;
import static io.aegis.application.risk.RiskMother.STANDARD;
import static io.aegis.application.risk.RiskMother.T0;
import static io.aegis.application.risk.RiskMother.aRisk;
import static io.aegis.application.risk.RiskMother.fullFacts;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskStatus;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RiskRepository} must do, on memory, SQLite and MariaDB alike. */
public abstract class RiskRepositoryContract {

    private RiskRepository repository;
    private UserId user;

    /** A repository on an empty store holding the standard matrix as id 1, and a user who may own risks. */
    protected abstract RiskRepository emptyRepository();

    protected abstract UserId aUser();

    /** An active unit under the root of the store behind {@link #emptyRepository()}. */
    protected abstract OrgUnitId aUnit(String name);

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
        user = aUser();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        Risk stored = repository.insert(aRisk(fullFacts("Ransomware", user), new RiskEstimate(4, 5, 2, 4), T0,
                Optional.of(user)));

        Risk found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(RiskView.of(found)).isEqualTo(RiskView.of(stored));
        assertThat(found.facts()).isEqualTo(stored.facts());
        assertThat(found.version()).isEqualTo(T0);
        assertThat(found.nextReviewDate()).contains(T0.plus(POLICY.interval(found.level().orElseThrow())));
    }

    @Test
    void an_unscored_risk_and_its_reviews_are_stored_and_read_back_unscored() {
        Risk stored = repository.insert(aRisk(fullFacts("Captured", user), RiskEstimate.unscored(), T0,
                Optional.of(user)));

        Risk found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        repository.appendReview(RiskReview.periodic(found.review(POLICY, T0.plusSeconds(1)), user, Optional.empty()));

        assertThat(found.scored()).isFalse();
        assertThat(found.level()).isEmpty();
        assertThat(RiskView.of(found)).isEqualTo(RiskView.of(stored));
    }

    @Test
    void absent_optional_properties_stay_absent() {
        Risk stored = repository.insert(aRisk("Bare", 1, 1, T0));

        Risk found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(RiskView.of(found)).isEqualTo(RiskView.of(stored));
        assertThat(found.residual()).isEmpty();
        assertThat(found.facts().owner()).isEmpty();
        assertThat(found.createdBy()).isEmpty();
        assertThat(found.facts().details().tags().isEmpty()).isTrue();
    }

    @Test
    void ids_are_distinct_and_unknown_ids_find_nothing() {
        Risk first = repository.insert(aRisk("A", 1, 1, T0));
        Risk second = repository.insert(aRisk("B", 1, 1, T0));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(repository.findById(new RiskId(987_654))).isEmpty();
    }

    @Test
    void update_with_the_current_version_stores_the_change() {
        Risk stored = repository.insert(aRisk("Phishing", 3, 3, T0));
        Risk changed = stored.revise(fullFacts("Phishing 2", user), STANDARD, new RiskEstimate(4, 4, 1, 1), POLICY,
                T0.plusSeconds(60)).transitionTo(RiskStatus.ASSESSED, POLICY, T0.plusSeconds(61));

        assertThat(repository.update(changed, stored.version())).isTrue();

        Risk found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(RiskView.of(found)).isEqualTo(RiskView.of(changed));
        assertThat(found.status()).isEqualTo(RiskStatus.ASSESSED);
    }

    @Test
    void a_risk_keeps_its_unit_and_an_update_stores_a_move() {
        OrgUnitId from = aUnit("from");
        OrgUnitId to = aUnit("to");
        Risk stored = repository.insert(aRisk("Placed", 3, 3, T0).placedIn(from));
        Risk moved = stored.revise(stored.facts(), STANDARD, RiskEstimate.inherent(3, 3), POLICY, T0.plusSeconds(5))
                .placedIn(to);

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().unit()).isEqualTo(from);
        assertThat(repository.update(moved, stored.version())).isTrue();
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().unit()).isEqualTo(to);
    }

    @Test
    void update_with_a_stale_version_writes_nothing() {
        Risk stored = repository.insert(aRisk("Outage", 3, 3, T0));
        Risk first = stored.rescore(STANDARD, RiskEstimate.inherent(1, 1), POLICY, T0.plusSeconds(1));
        Risk second = stored.rescore(STANDARD, RiskEstimate.inherent(5, 5), POLICY, T0.plusSeconds(2));
        repository.update(first, stored.version());

        assertThat(repository.update(second, stored.version())).isFalse();
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().inherent().orElseThrow().score()
                .value()).isEqualTo(1);
    }

    @Test
    void a_closed_risk_keeps_its_resolution_date() {
        Risk risk = repository.insert(aRisk("Closing", 2, 2, T0));
        Risk closed = risk;
        int second = 0;
        for (RiskStatus step : new RiskStatus[] {RiskStatus.ASSESSED, RiskStatus.MITIGATING, RiskStatus.MONITORING,
            RiskStatus.CLOSED}) {
            closed = closed.transitionTo(step, POLICY, T0.plusSeconds(++second));
        }
        repository.update(closed, risk.version());

        Risk found = repository.findById(risk.id().orElseThrow()).orElseThrow();
        assertThat(found.actualResolutionDate()).contains(T0.plusSeconds(4));
        assertThat(found.nextReviewDate()).isEmpty();
    }

    @Test
    void text_outside_ascii_survives_the_round_trip() {
        Risk stored = repository.insert(aRisk("Überwachung 監視 🛡", 1, 1, T0));

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().facts().title().value())
                .isEqualTo("Überwachung 監視 🛡");
    }
}
