package com.estatecare.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.estatecare.organisation.CurrentUser;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A survey sent to people another module names rather than to an audience of projects: the attendees of a club
 * activity evaluating it (活动评估, seed 001's 客户会管理手册). It is an ordinary campaign of the milestone
 * {@code AFTER_ACTIVITY}: the owners answer it in the portal like any survey, its results are a campaign's results,
 * and it counts in the satisfaction figures of the reports.
 */
public interface ParticipantSurveys {

    /** The most participants one survey goes to. */
    int MAX_PARTICIPANTS = 5000;

    /** One person to ask, with the branch of their record (the target's scope). */
    record Participant(long customerId, String name, String scopePath) {
    }

    /** What the launching module asks for: a campaign of the template for the participants of one project. */
    record Launch(String name, Long templateId, long projectId, LocalDate dueOn, List<Participant> participants) {
    }

    /** How a participant survey stands: how many were asked, answered, rated the overall satisfaction, satisfied. */
    @Schema(name = "ParticipantSurveyStanding")
    record Standing(long campaignId, String name, long targets, long answered, BigDecimal responseRate, long rated,
            long satisfied, BigDecimal satisfactionAverage, LocalDate dueOn) {
    }

    /**
     * Sends the survey, all or nothing, in the caller's transaction; the template must be the company's or the
     * group's ({@code templateId} unknown → 422), the due date within a year, at least one participant.
     *
     * @return the campaign's id
     */
    long launch(Launch launch, CurrentUser user);

    /** The campaign's standing, if it is a campaign the caller may see. */
    Optional<Standing> standing(long campaignId, CurrentUser user);
}
