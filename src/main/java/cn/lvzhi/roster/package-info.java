/**
 * Roster: districts, community and industry workstations (党代表工作室), and representatives
 * (区党代表) with their terms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster")
package cn.lvzhi.roster;
