package com.estatecare.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.workbench.ViewFilters.ViewList;

/** A saved view holds exactly the filters of the list it saves. */
class ViewFiltersTests {

    @Test
    void unknownFilterIsRefusedNamingIt() {
        List<FieldProblem> problems = problems(ViewList.REQUESTS, Map.of("asignee", "ME"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("filters.asignee");
            assertThat(p.reasonCode()).isEqualTo("unknown-filter");
            assertThat((String) p.arguments()[0]).contains("assignee", "waitingOn", "open");
        });
    }

    @Test
    void eachValueMustBeOfItsFiltersType() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("status", "OPEN");
        bad.put("projectId", "-3");
        bad.put("open", "yes");
        bad.put("createdFrom", "yesterday");
        bad.put("assignee", "");
        assertThat(problems(ViewList.REQUESTS, bad)).extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("filters.status", "malformed"),
                        org.assertj.core.groups.Tuple.tuple("filters.projectId", "malformed"),
                        org.assertj.core.groups.Tuple.tuple("filters.open", "malformed"),
                        org.assertj.core.groups.Tuple.tuple("filters.createdFrom", "malformed"),
                        org.assertj.core.groups.Tuple.tuple("filters.assignee", "length"));
    }

    @Test
    void clockQueueViewHoldsOpenStatesOnly() {
        assertThat(ViewFilters.check(ViewList.TIME_LIMITS, Map.of("state", "WARNING,BREACHED")))
                .containsEntry("state", "WARNING,BREACHED");
        assertThat(problems(ViewList.TIME_LIMITS, Map.of("state", "MET"))).extracting(FieldProblem::reasonCode)
                .containsExactly("malformed");
        assertThat(problems(ViewList.TIME_LIMITS, Map.of("assignee", "ME"))).extracting(FieldProblem::reasonCode)
                .containsExactly("unknown-filter");
    }

    @Test
    void savedFiltersAreTheListsQueryString() {
        Map<String, String> filters = ViewFilters.check(ViewList.REQUESTS,
                Map.of("assignee", "ME", "open", "true", "q", "漏水 & 渗水"));
        String query = ViewFilters.toQuery(filters);
        assertThat(query).isEqualTo("assignee=ME&open=true&q=%E6%BC%8F%E6%B0%B4+%26+%E6%B8%97%E6%B0%B4");
        assertThat(ViewFilters.fromQuery(query)).isEqualTo(filters);
    }

    @Test
    void aViewHoldsAtMostTwentyFilters() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("f" + i, "x");
        }
        assertThat(problems(ViewList.REQUESTS, many)).extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filters", "max-items"));
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(ViewList list, Map<String, String> filters) {
        DomainException e = catchThrowableOfType(DomainException.InvalidInput.class,
                () -> ViewFilters.check(list, filters));
        assertThat(e).as("refused").isNotNull();
        return (List<FieldProblem>) e.properties().get("errors");
    }
}
