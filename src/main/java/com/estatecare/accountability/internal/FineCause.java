package com.estatecare.accountability.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.estatecare.accountability.LiableParty;
import com.estatecare.requests.ActionCommand.ResponsibleParty;
import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;

/**
 * 累计处罚制 (seed 001, SPEC §7) ①–④, the rules table of who answers for a
 * request that climbed unsolved: each cause is one named rule over the facts of
 * the same problem, and exactly one applies to a repair or a complaint.
 */
enum FineCause {

    /** ① A repair of construction quality within warranty → the contractor (施工单位). */
    CONSTRUCTION_QUALITY_IN_WARRANTY(LiableParty.CONTRACTOR,
            f -> f.kind() == RequestKind.REPAIR && f.constructionQuality() && !f.outOfWarranty()),
    /** ② A repair of any other cause within warranty, or any repair out of warranty → property maintenance (物业维修). */
    OTHER_CAUSE_OR_OUT_OF_WARRANTY(LiableParty.PROPERTY_MAINTENANCE,
            f -> f.kind() == RequestKind.REPAIR && (!f.constructionQuality() || f.outOfWarranty())),
    /** ③ A complaint about a repair (the same problem was reported as a repair: slow repair) → the repair person. */
    COMPLAINT_ABOUT_A_REPAIR(LiableParty.REPAIR_PERSON,
            f -> f.kind() == RequestKind.COMPLAINT && f.aboutARepair()),
    /** ④ Any other unsolved complaint → the centre's responsible specialist. */
    UNSOLVED_COMPLAINT(LiableParty.RESPONSIBLE_SPECIALIST,
            f -> f.kind() == RequestKind.COMPLAINT && !f.aboutARepair());

    /**
     * The facts the causes read. {@code constructionQuality}: the investigation named the contractor or the
     * developer, else (no investigation) a repair of category 房屋质量问题 in the chain; {@code outOfWarranty}: the
     * completed repair said so; {@code aboutARepair}: the chain of the same problem holds a repair.
     */
    record Facts(RequestKind kind, boolean constructionQuality, boolean outOfWarranty, boolean aboutARepair) {

        /** @param chain the request and the earlier ones it is linked to, newest first */
        static Facts of(List<RequestFacts> chain) {
            boolean construction = chain.stream().map(RequestFacts::investigationParty).filter(Objects::nonNull)
                    .findFirst().map(party -> party == ResponsibleParty.CONTRACTOR || party == ResponsibleParty.DEVELOPER)
                    .orElseGet(() -> chain.stream().anyMatch(r -> r.kind() == RequestKind.REPAIR
                            && r.category() == Category.HOUSING_QUALITY));
            boolean outOfWarranty = chain.stream().map(RequestFacts::warrantyStatus).filter(Objects::nonNull)
                    .findFirst().map(WarrantyStatus.OUT_OF_WARRANTY::equals).orElse(false);
            boolean aboutARepair = chain.stream().anyMatch(r -> r.kind() == RequestKind.REPAIR);
            return new Facts(chain.get(0).kind(), construction, outOfWarranty, aboutARepair);
        }
    }

    private final LiableParty party;
    private final Predicate<Facts> rule;

    FineCause(LiableParty party, Predicate<Facts> rule) {
        this.party = party;
        this.rule = rule;
    }

    LiableParty party() {
        return party;
    }

    boolean appliesTo(Facts facts) {
        return rule.test(facts);
    }

    /** The cause that applies; a request that is neither a repair nor a complaint has none. */
    static Optional<FineCause> of(Facts facts) {
        return Arrays.stream(values()).filter(cause -> cause.appliesTo(facts)).findFirst();
    }
}
