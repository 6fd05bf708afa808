/**
 * Accounts: users with roles, their workstation scope and representative link, sign-in with
 * lockout, and the security configuration (deny by default).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package cn.lvzhi.accounts;
