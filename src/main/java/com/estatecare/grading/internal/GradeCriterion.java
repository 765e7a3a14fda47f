package com.estatecare.grading.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.RecordFilters;
import com.estatecare.requests.RequestListCriterion;

/** The request list's {@code grade}: complaints whose current grade is that one (the dashboard's grades and hotspots). */
@Component
class GradeCriterion implements RequestListCriterion {

    @Override
    public Optional<Condition> condition(RecordFilters filters, String idColumn) {
        Integer grade = filters.grade();
        if (grade == null) {
            return Optional.empty();
        }
        int lowest = ComplaintGrade.values().length;
        if (grade < 1 || grade > lowest) {
            throw DomainException.invalidField("grade", "range", 1, lowest);
        }
        return Optional.of(new Condition(idColumn + " in (select g.request_id from complaint_grade g"
                + " where g.grade = :gradeFilter)", Map.of("gradeFilter", grade)));
    }
}
