package cn.lvzhi.standard;

/** The four categories of the standard, in the order the standard lists them. */
public enum Category {
	/** 服务联系群众 */
	SERVICE,
	/** 议党议政 */
	DELIBERATION,
	/** 民主监督 */
	SUPERVISION,
	/** 示范引领 */
	EXEMPLARY
}
