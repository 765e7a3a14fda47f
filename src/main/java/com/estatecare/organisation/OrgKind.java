package com.estatecare.organisation;

/** Levels of the organisation tree. Units hang below buildings in the registry. */
public enum OrgKind {
    /** 集团总部 */
    GROUP,
    /** 城市公司 / 项目公司 */
    COMPANY,
    /** 楼盘 */
    PROJECT,
    /** 楼栋 */
    BUILDING
}
