package com.estatecare.organisation;

/** What a person does in the system (SPEC §1). */
public enum Role {
    /** 系统管理员 */
    ADMIN,
    /** 客服专员 — registers, classifies, dispatches, chases, revisits, archives. */
    AGENT,
    /** 维修人员 — surveys, plans and carries out repairs. */
    ENGINEER,
    /** 处理部门 — investigates and answers complaints. */
    HANDLER,
    /** 专业顾问 — legal, engineering, design, marketing, media adviser. */
    CONSULTANT,
    /** 主管 / 经理 */
    MANAGER,
    /** 项目公司 / 开发商 — second step of the escalation ladder. */
    PROJECT_COMPANY,
    /** 总部客户关系中心 */
    HQ,
    /** 业主 / 客户 */
    OWNER,
    /** 审计员 — reads the audit log (审计日志) and nothing else; held alone on an account. */
    AUDITOR;

    /** Whether the role works on requests and customers: not an owner's, and not an auditor's, who only reads the audit log. */
    public boolean isStaff() {
        return this != OWNER && this != AUDITOR;
    }
}
