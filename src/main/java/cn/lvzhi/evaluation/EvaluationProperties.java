package cn.lvzhi.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the evaluation module ({@code lvzhi.evaluation.*}).
 *
 * @param feedbackPerHour how many questions or complaints one client address may submit without
 * signing in within an hour (the public form and the API alike); more are refused with 429
 */
@ConfigurationProperties("lvzhi.evaluation")
record EvaluationProperties(@DefaultValue("5") int feedbackPerHour) {
}
