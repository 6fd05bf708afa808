package cn.lvzhi.casework;

/**
 * The kind of unit an appeal is routed to (an extension of API.md: {@code handlingUnitKind},
 * optional beside the unit's name): a government department (职能部门), a community (社区), an
 * enterprise (企业).
 */
public enum AppealUnitKind {
	DEPARTMENT, COMMUNITY, ENTERPRISE
}
