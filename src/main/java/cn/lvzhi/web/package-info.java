/**
 * The shell: layout, navigation, the home page of each role, sign-in page, error pages and the
 * translation of domain problems into problem+json. May use every module; nobody uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package cn.lvzhi.web;
