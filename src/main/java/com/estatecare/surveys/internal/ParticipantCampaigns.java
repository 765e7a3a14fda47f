package com.estatecare.surveys.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.surveys.ParticipantSurveys;

/** Participant surveys are campaigns; their standing is the campaign's results in total. */
@Component
class ParticipantCampaigns implements ParticipantSurveys {

    private final SurveyCampaigns campaigns;
    private final SurveyResults results;

    ParticipantCampaigns(SurveyCampaigns campaigns, SurveyResults results) {
        this.campaigns = campaigns;
        this.results = results;
    }

    @Override
    public long launch(Launch launch, CurrentUser user) {
        return campaigns.launchToParticipants(launch, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Standing> standing(long campaignId, CurrentUser user) {
        SurveyResults.Results found;
        try {
            found = results.of(campaignId, user);
        } catch (DomainException.NotFound hidden) {
            return Optional.empty();
        }
        SurveySatisfaction total = found.total();
        return Optional.of(new Standing(campaignId, found.campaign().name(), total.targets(), total.answered(),
                total.responseRate(), total.rated(), total.satisfied(), total.averageScore(),
                found.campaign().dueOn()));
    }
}
