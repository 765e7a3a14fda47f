package com.estatecare.organisation;

/**
 * Levels of the organisation tree: group headquarters → city or project
 * company → project → building (SPEC §1). Units hang below buildings in the
 * registry.
 */
public enum OrgKind {
    /** 集团总部 */
    GROUP,
    /** 城市公司 / 项目公司 */
    COMPANY,
    /** 楼盘 */
    PROJECT,
    /** 楼栋 */
    BUILDING;

    /** The one kind a node of this kind sits under; {@code null} for the root of a tree. */
    public OrgKind parentKind() {
        return this == GROUP ? null : values()[ordinal() - 1];
    }
}
