/**
 * Evaluation: the evaluation group's (履职积分考评小组) casework — a representative's request to
 * review a decision on their own record ({@link cn.lvzhi.evaluation.ReviewRequest}, 复核申请), a
 * question or complaint from anyone, also without an account ({@link cn.lvzhi.evaluation.Complaint},
 * 疑问投诉), and the group's decision on each: upheld, or amended by revoking or verifying the
 * record through {@code activities} or by an adjustment booked in the {@code ledger}, in the same
 * transaction as the decision. The group's inbox flags what has waited longer than
 * {@value cn.lvzhi.evaluation.Inbox#DUE_WORKING_DAYS} working days. The year-end evaluation is the
 * module {@code yearend}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package cn.lvzhi.evaluation;
