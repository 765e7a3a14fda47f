package com.estatecare.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Action;
import com.estatecare.requests.ActionCommand;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

/**
 * Turns the steps of a {@link HistoryProfile.Plan} into calls of the requests
 * module's API, by the staff a centre would have take them: the agent at the
 * front desk, the engineer or the handling department for the work.
 */
final class HistorySteps {

    /**
     * The people and places of one company: its units (in building order) and
     * owners (owner {@code k} owns unit {@code 2k}); the engineer serves the units
     * before {@code engineerUnits}, the handling department all the others.
     */
    record Cast(String agent, String manager, String handler, String engineer, int engineerUnits,
            List<UnitView> units, List<CustomerView> owners) {
    }

    private static final String[] DEPARTMENTS = { "物业监控中心", "销售部", "工程部", "项目公司" };
    private static final ActionCommand.ResponsibleParty[] PARTIES = { ActionCommand.ResponsibleParty.CONTRACTOR,
            ActionCommand.ResponsibleParty.PROPERTY_COMPANY, ActionCommand.ResponsibleParty.DEVELOPER,
            ActionCommand.ResponsibleParty.SUPPLIER };

    private final Requests requests;
    private final Organisation organisation;
    private final Map<String, CurrentUser> users = new HashMap<>();

    HistorySteps(Requests requests, Organisation organisation) {
        this.requests = requests;
        this.organisation = organisation;
    }

    /** Registers the plan's request at {@code now}; the answer is its id. */
    long register(HistoryProfile.Plan plan, int index, Cast cast, Instant now) {
        int owner = plan.owner() % cast.owners().size();
        UnitView unit = cast.units().get(2 * owner);
        boolean complaint = plan.kind() == RequestKind.COMPLAINT;
        boolean department = plan.channel() == Channel.DEPARTMENT;
        NewRequest command = new NewRequest(plan.kind(), plan.channel(), unit.id(), cast.owners().get(owner).id(), null,
                plan.category(), null, plan.kind() == RequestKind.REPAIR && index % 23 == 0 ? true : null,
                plan.description(), null, null, null, null, plan.channel().needsReadBack() ? Boolean.TRUE : null,
                department ? DEPARTMENTS[index % DEPARTMENTS.length] : null,
                department ? now.minus(Duration.ofMinutes(5 + index % 40)) : null, null,
                complaint ? plan.complainants() : null, plan.lawsuit(), plan.media(),
                complaint ? index % 19 == 0 : null, null);
        return requests.register(command, user(index % 9 == 0 ? cast.manager() : cast.agent())).id();
    }

    /** Takes one step of the plan on request {@code id} at {@code now}. */
    void act(long id, HistoryProfile.Plan plan, int index, int step, Cast cast, Instant now) {
        Action action = plan.steps().get(step).action();
        String worker = worker(plan, cast);
        CurrentUser who = switch (action) {
            case RESPOND, INVESTIGATE, AGREE_PLAN, COMPLETE, ANSWER -> user(worker);
            default -> user(index % 9 == 0 ? cast.manager() : cast.agent());
        };
        requests.act(id, command(action, plan, index, step, user(worker), now), who);
    }

    private ActionCommand command(Action action, HistoryProfile.Plan plan, int index, int step, CurrentUser worker,
            Instant now) {
        boolean repair = plan.kind() == RequestKind.REPAIR;
        return switch (action) {
            case CLASSIFY -> new ActionCommand.Classify(null, null, null, null, null, null);
            case DISPATCH -> new ActionCommand.Dispatch(null, "请尽快联系业主", null, worker.accountId(), null);
            case RESPOND -> new ActionCommand.Respond(null, repair ? "已电话联系业主，约定上门查看" : "已联系投诉人了解情况",
                    null);
            case INVESTIGATE -> new ActionCommand.Investigate(null, "现场调查", null, "施工质量问题，已查明原因",
                    PARTIES[index % PARTIES.length], ActionCommand.Severity.values()[index % 3], "现场");
            case AGREE_PLAN -> repair
                    ? new ActionCommand.AgreePlan(null, "与业主约定上门时间", null, now.plus(Duration.ofDays(1)),
                            plan.leak() ? "防水涂料、密封胶" : "常用配件", worker.displayName(), now, null, null, null, null)
                    : new ActionCommand.AgreePlan(null, "与业主沟通解决方案", null, null, null, null, null,
                            "责任部门限期整改并书面回复", now.plus(Duration.ofDays(14)), "工程部", null);
            case COMPLETE -> new ActionCommand.Complete(null, repair ? "维修完成" : "整改完成", null,
                    ActionCommand.WarrantyStatus.IN_WARRANTY, null);
            case ANSWER -> new ActionCommand.Answer(null, "已答复业主", null);
            case VERIFY -> new ActionCommand.Verify(null, "业主确认，电话告知客服", null, true, Channel.PHONE, null);
            case REVISIT -> plan.satisfiedAt(step)
                    ? new ActionCommand.Revisit(null, "电话回访，业主满意", null, true, 3 + index % 3, true)
                    : new ActionCommand.Revisit(null, "电话回访，业主不满意，安排二次处理", null, false, 2, true);
            case ARCHIVE -> new ActionCommand.Archive(null, null, null);
            case CANCEL -> new ActionCommand.Cancel(null, "业主来电撤销，问题已自行解决", null);
            default -> throw new IllegalArgumentException("the demo history does not take " + action);
        };
    }

    /** Repairs in the engineer's project go to the engineer, everything else to the handling department. */
    private static String worker(HistoryProfile.Plan plan, Cast cast) {
        int unit = 2 * (plan.owner() % cast.owners().size());
        return plan.kind() == RequestKind.REPAIR && unit < cast.engineerUnits() ? cast.engineer() : cast.handler();
    }

    private CurrentUser user(String username) {
        return users.computeIfAbsent(username, organisation::userByUsername);
    }
}
