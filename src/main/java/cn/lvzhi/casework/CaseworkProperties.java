package cn.lvzhi.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the casework module ({@code lvzhi.casework.*}).
 *
 * @param unresolvedDays after how many days an appeal not yet resolved is flagged on the
 * workstation's and the office's lists as a candidate for an on-site meeting, a hearing, an
 * inquiry or questioning (Opinion §1.3), besides those past their due date
 * @param ratingLinkDays how many days the constituent's one-time rating link stays valid
 */
@ConfigurationProperties("lvzhi.casework")
record CaseworkProperties(@DefaultValue("60") int unresolvedDays, @DefaultValue("30") int ratingLinkDays) {
}
