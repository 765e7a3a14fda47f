package com.estatecare.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.NewAccount;
import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.platform.BeforeServing;
import com.estatecare.registry.BuildingView;
import com.estatecare.registry.CustomerDetails;
import com.estatecare.registry.CustomerGrade;
import com.estatecare.registry.CustomerKind;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.OwnershipRole;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Action;
import com.estatecare.requests.ActionCommand;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;
import com.estatecare.sales.FollowUpChannel;
import com.estatecare.sales.ProspectSource;
import com.estatecare.sales.Sales;

/**
 * Loads the demo organisation once, into an empty database, when
 * {@code estatecare.demo-data=true} (the default profile; never in prod).
 * Every demo login has the password {@code demo}.
 */
@Component
@ConditionalOnProperty(name = "estatecare.demo-data", havingValue = "true")
class DemoData extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "林", "罗", "高" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀英", "建华", "志强", "海燕", "晓东" };

    private final Organisation organisation;
    private final Registry registry;
    private final Requests requests;
    private final java.time.Clock clock;
    private final ObjectProvider<HistoryGenerator> history;
    private final Random random = new Random(20261124);

    /** Absent in a module test that does not bootstrap {@code sales}: then the demo has no sales visitors. */
    private final ObjectProvider<Sales> sales;

    DemoData(Organisation organisation, Registry registry, Requests requests, ObjectProvider<Sales> sales,
            java.time.Clock clock,
            ObjectProvider<HistoryGenerator> history) {
        this.sales = sales;
        this.organisation = organisation;
        this.registry = registry;
        this.requests = requests;
        this.clock = clock;
        this.history = history;
    }

    /** Before the first administrator of {@code AdminBootstrap}, as the demo's own administrator comes first. */
    @Override
    public int getPhase() {
        return super.getPhase() - 1;
    }

    @Override
    protected void prepare() {
        if (organisation.hasAccounts()) {
            return;
        }
        OrgNodeView group = organisation.createNode(null, OrgKind.GROUP, "GROUP", "华庭置业集团");
        OrgNodeView company = organisation.createNode(group.id(), OrgKind.COMPANY, "SH", "上海城市公司");
        ProjectView lake = registry.createProject(company.id(), "CHY", "翠湖苑", "上海", "浦东新区锦绣路 1888 号");
        ProjectView garden = registry.createProject(company.id(), "JLY", "锦澜园", "上海", "闵行区虹梅南路 2666 号");

        account("admin", "系统管理员", group.id(), Role.ADMIN, null);
        account("hq", "总部客户关系中心 周敏", group.id(), Role.HQ, "客户关系中心");
        account("auditor", "审计员 吴敏", group.id(), Role.AUDITOR, "内审部");
        account("manager", "客服经理 陈静", company.id(), Role.MANAGER, "客服中心");
        account("agent", "客服专员 林芳", company.id(), Role.AGENT, "客服中心");
        account("consultant", "法律顾问 郭律师", company.id(), Role.CONSULTANT, "法务部");
        account("projectco", "项目公司 何经理", company.id(), Role.PROJECT_COMPANY, "项目公司");
        AccountView engineer = account("engineer", "维修工程师 张强", lake.orgNodeId(), Role.ENGINEER, "工程维修部");
        AccountView handler = account("handler", "工程部 刘磊", company.id(), Role.HANDLER, "工程部");

        List<UnitView> units = new ArrayList<>();
        units.addAll(project(lake, 3, 18, 4, LocalDate.of(2024, 6, 30)));
        int lakeUnits = units.size();
        units.addAll(project(garden, 2, 22, 4, LocalDate.of(2025, 12, 20)));
        List<CustomerView> owners = owners(units, company.id());
        AccountView owner = account("owner", owners.get(0).name(), lake.orgNodeId(), Role.OWNER, null, owners.get(0).id());

        requestsInEveryState(units, owners, engineer, handler);
        salesVisitors(lake, owners.get(0));
        HistorySteps.Cast second = secondCompany(group);
        int secondCompanyUnits = second.units().size();
        log.info("Demo data loaded: {} units, {} owners; demo logins admin, hq, auditor, manager, agent, engineer, handler, "
                + "consultant, projectco and owner ({}), and hz-manager, hz-agent, hz-handler, hz-engineer and "
                + "hz-owner of the second company, with password 'demo'", units.size() + secondCompanyUnits,
                owners.size() + secondCompanyUnits / 2, owner.username());
        history.ifAvailable(generator -> generator.start(List.of(
                new HistorySteps.Cast("agent", "manager", "handler", "engineer", lakeUnits, units, owners), second)));
    }

    /**
     * A second city company with its own project, staff, owners and requests,
     * so that the demo shows that one company sees nothing of the other.
     *
     * @return its people and places, for the demo history
     */
    private HistorySteps.Cast secondCompany(OrgNodeView group) {
        OrgNodeView company = organisation.createNode(group.id(), OrgKind.COMPANY, "HZ", "杭州城市公司");
        ProjectView project = registry.createProject(company.id(), "XXY", "西溪雅苑", "杭州", "西湖区文二西路 808 号");
        account("hz-manager", "客服经理 沈丽", company.id(), Role.MANAGER, "客服中心");
        account("hz-agent", "客服专员 钱晓东", company.id(), Role.AGENT, "客服中心");
        AccountView handler = account("hz-handler", "工程部 蒋军", company.id(), Role.HANDLER, "工程部");
        AccountView engineer = account("hz-engineer", "维修工程师 韩涛", project.orgNodeId(), Role.ENGINEER, "工程维修部");
        List<UnitView> units = project(project, 2, 8, 2, LocalDate.of(2025, 3, 28));
        List<CustomerView> owners = owners(units, company.id());
        account("hz-owner", owners.get(0).name(), project.orgNodeId(), Role.OWNER, null, owners.get(0).id());

        CurrentUser agent = user("hz-agent");
        Action[] path = { Action.CLASSIFY, Action.DISPATCH, Action.RESPOND, Action.AGREE_PLAN, Action.COMPLETE,
                Action.VERIFY, Action.REVISIT, Action.ARCHIVE };
        String[] repairs = { "厨房水槽下方渗水", "次卧空调冷凝水管脱落", "入户可视对讲无画面", "卫生间吊顶发霉" };
        int[] steps = { 0, 2, 5, 8 };
        for (int r = 0; r < repairs.length; r++) {
            int i = r * 2;
            long id = requests.register(repair(units.get(i), owners.get(i / 2), repairs[r]), agent).id();
            walk(id, path, steps[r], engineer, RequestKind.REPAIR, agent);
        }
        long complaint = requests.register(new NewRequest(RequestKind.COMPLAINT, Channel.PHONE, units.get(10).id(),
                owners.get(5).id(), null, Category.PROPERTY_MANAGEMENT, null, false, "小区夜间施工噪音扰民", null, "两周",
                "限制施工时间", null, true, null, null, null), agent).id();
        walk(complaint, path, 2, handler, RequestKind.COMPLAINT, agent);
        return new HistorySteps.Cast("hz-agent", "hz-manager", "hz-handler", "hz-engineer", units.size(), units,
                owners);
    }

    private AccountView account(String username, String name, long node, Role role, String department) {
        return account(username, name, node, role, department, null);
    }

    private AccountView account(String username, String name, long node, Role role, String department, Long customer) {
        return organisation.createAccount(new NewAccount(username, "demo", name, node, Set.of(role), customer,
                department));
    }

    private List<UnitView> project(ProjectView project, int buildings, int floors, int perFloor, LocalDate delivered) {
        List<UnitView> units = new ArrayList<>();
        for (int b = 1; b <= buildings; b++) {
            BuildingView building = registry.createBuilding(project.id(), b + "栋", floors);
            for (int floor = 1; floor <= floors; floor++) {
                for (int n = 1; n <= perFloor; n++) {
                    String layout = n % 2 == 0 ? "三室两厅" : "两室两厅";
                    BigDecimal area = n % 2 == 0 ? new BigDecimal("118.50") : new BigDecimal("89.20");
                    units.add(registry.createUnit(building.id(), "%d%02d".formatted(floor, n), floor, area, layout,
                            delivered.plusDays(b)));
                }
            }
        }
        return units;
    }

    private List<CustomerView> owners(List<UnitView> units, long companyId) {
        List<CustomerView> owners = new ArrayList<>();
        for (int i = 0; i < units.size(); i += 2) {
            UnitView unit = units.get(i);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            String phone = "13" + (5 + random.nextInt(5)) + "%08d".formatted(random.nextInt(100_000_000));
            CustomerKind kind = unit.deliveredOn().isAfter(LocalDate.of(2025, 6, 1)) ? CustomerKind.NEW_OWNER
                    : CustomerKind.LONG_STANDING_OWNER;
            CustomerGrade grade = i % 37 == 0 ? CustomerGrade.VIP : i % 11 == 0 ? CustomerGrade.KEY : CustomerGrade.STANDARD;
            CustomerView owner = registry.registerCustomer(companyId, unit.scopePath().replaceAll("\\d+/$", ""),
                    new CustomerDetails(name, kind, grade, phone, null, null, "PHONE", null, null));
            registry.recordOwnership(owner.id(), unit.id(), OwnershipRole.OWNER, unit.deliveredOn());
            owners.add(owner);
        }
        return owners;
    }

    /** One request per state of the lifecycle, for repairs and complaints, plus the shorter kinds. */
    private void requestsInEveryState(List<UnitView> units, List<CustomerView> owners, AccountView engineer,
            AccountView handler) {
        CurrentUser agent = user("agent");
        String[] repairs = { "卫生间地面渗水，楼下天花板出现水渍", "入户门锁芯损坏，无法反锁", "客厅墙面空鼓开裂", "厨房下水管道堵塞",
                "主卧窗户密封条脱落，下雨漏水", "阳台地漏返味", "户内配电箱跳闸，部分插座无电" };
        Action[] path = { Action.CLASSIFY, Action.DISPATCH, Action.RESPOND, Action.AGREE_PLAN, Action.COMPLETE,
                Action.VERIFY, Action.REVISIT, Action.ARCHIVE };
        for (int steps = 0; steps <= path.length; steps++) {
            int i = steps * 2;
            long id = requests.register(repair(units.get(i), owners.get(i / 2), repairs[steps % repairs.length]), agent).id();
            walk(id, path, steps, engineer, RequestKind.REPAIR, agent);
        }
        String[] complaints = { "交房时承诺的小区泳池至今未建成", "物业保安态度恶劣", "地下车库渗水严重，多次报修未解决",
                "小区绿化与宣传册不符" };
        Category[] categories = { Category.SALES_MANAGEMENT, Category.PROPERTY_MANAGEMENT, Category.ENGINEERING_QUALITY,
                Category.PLANNING_DESIGN };
        for (int steps = 0; steps <= path.length; steps++) {
            int i = 40 + steps * 2;
            long id = requests.register(new NewRequest(RequestKind.COMPLAINT, Channel.PHONE, units.get(i).id(),
                    owners.get(i / 2).id(), null, categories[steps % categories.length], null, false,
                    complaints[steps % complaints.length], null, "两个月", "尽快给出解决方案", null, true, null, null, null),
                    agent).id();
            walk(id, path, steps, handler, RequestKind.COMPLAINT, agent);
        }
        requests.register(new NewRequest(RequestKind.CONSULTATION, Channel.WECHAT, null, owners.get(60).id(), null, null,
                null, false, "请问房产证什么时候可以办理？", null, null, "告知办证时间", null, null, null, null, null), agent);
        requests.register(new NewRequest(RequestKind.SUGGESTION, Channel.EMAIL, units.get(130).id(), owners.get(65).id(),
                null, null, null, false, "建议在小区东门增设快递柜", null, null, null, null, null, null, null, null), agent);
        long praise = requests.register(new NewRequest(RequestKind.PRAISE, Channel.PHONE, units.get(140).id(),
                owners.get(70).id(), null, null, null, false, "感谢维修师傅张强上门及时、态度好", null, null, null, null,
                true, null, null, null), agent).id();
        requests.act(praise, new ActionCommand.Answer(null, "已转达表扬并记入员工考核", null), agent);
        requests.register(new NewRequest(RequestKind.REPAIR, Channel.DEPARTMENT, units.get(150).id(), owners.get(75).id(),
                null, Category.FACILITY_FAILURE, "ELECTRICAL", true, "楼道应急照明不亮", "3层楼道", "昨晚", null, null,
                null, "物业监控中心", clock.instant().minusSeconds(1800), null), agent);
    }

    private void walk(long id, Action[] path, int steps, AccountView assignee, RequestKind kind, CurrentUser agent) {
        CurrentUser worker = user(assignee.username());
        for (int s = 0; s < steps; s++) {
            Action action = path[s];
            CurrentUser who = switch (action) {
                case RESPOND, AGREE_PLAN, COMPLETE -> worker;
                default -> agent;
            };
            requests.act(id, command(action, assignee, kind), who);
            if (action == Action.RESPOND && kind == RequestKind.COMPLAINT) {
                requests.act(id, new ActionCommand.Investigate(null, "主管现场调查", null, "施工单位防水层施工不到位",
                        ActionCommand.ResponsibleParty.CONTRACTOR, ActionCommand.Severity.MEDIUM, "地下车库 B2 区"),
                        worker);
            }
        }
    }

    private ActionCommand command(Action action, AccountView assignee, RequestKind kind) {
        java.time.Instant soon = clock.instant().plusSeconds(86_400);
        return switch (action) {
            case CLASSIFY -> new ActionCommand.Classify(null, null, null, null, null, null);
            case DISPATCH -> new ActionCommand.Dispatch(null, "请尽快联系业主", null, assignee.id(), null);
            case RESPOND -> new ActionCommand.Respond(null, null, null);
            case AGREE_PLAN -> kind == RequestKind.REPAIR
                    ? new ActionCommand.AgreePlan(null, "与业主约定上门时间", null, soon, "密封胶、防水涂料", "张强",
                            soon.minusSeconds(3600), null, null, null, null)
                    : new ActionCommand.AgreePlan(null, "与业主沟通解决方案", null, null, null, null, null,
                            "工程部两周内完成整改并书面回复", soon.plusSeconds(86_400 * 13), "工程部", null);
            case COMPLETE -> new ActionCommand.Complete(null, "维修完成", null,
                    ActionCommand.WarrantyStatus.IN_WARRANTY, null);
            case VERIFY -> new ActionCommand.Verify(null, "业主现场确认，电话告知客服", null, true, Channel.PHONE, null);
            case REVISIT -> new ActionCommand.Revisit(null, "电话回访，业主满意", null, true, 5, true);
            case ARCHIVE -> new ActionCommand.Archive(null, null, null);
            default -> throw new IllegalArgumentException("the demo does not walk " + action);
        };
    }

    private static NewRequest repair(UnitView unit, CustomerView owner, String description) {
        return new NewRequest(RequestKind.REPAIR, Channel.PHONE, unit.id(), owner.id(), null, Category.HOUSING_QUALITY,
                null, false, description, "卫生间", "一周前", "尽快上门维修", null, true, null, null, null);
    }

    /**
     * Three visitors of 翠湖苑's sales office, two of them followed up, one of those due today (来访, 跟进); the
     * second was referred by the demo owner (老带新).
     */
    private void salesVisitors(ProjectView project, CustomerView referrer) {
        Sales sales = this.sales.getIfAvailable();
        if (sales == null) {
            return;
        }
        CurrentUser agent = user("agent");
        LocalDate today = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        String[] names = { "访客 钟雨桐", "访客 贺明轩", "访客 柳思琪" };
        ProspectSource[] sources = { ProspectSource.WALK_IN, ProspectSource.REFERRAL, ProspectSource.ONLINE };
        for (int i = 0; i < names.length; i++) {
            String phone = "139" + "%08d".formatted(random.nextInt(100_000_000));
            long customer = sales.registerVisit(new Sales.NewProspect(project.id(), names[i], phone, sources[i],
                    agent.accountId(), today.minusDays(20 - 7L * i), null,
                    sources[i] == ProspectSource.REFERRAL ? referrer.id() : null), agent).customerId();
            if (i < 2) {
                sales.followUp(customer, new Sales.NewFollowUp(today.minusDays(5 - 2L * i), FollowUpChannel.PHONE,
                        i == 0 ? "意向三房，关注学区" : "老业主推荐，预算三百万以内", i == 0 ? "邀约看样板间" : "发送户型图与价格表",
                        today.plusDays(i), null), agent);
            }
        }
    }

    private CurrentUser user(String username) {
        return organisation.userByUsername(username);
    }
}
