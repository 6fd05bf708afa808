/** Demo data for a trial run ({@code demo} profile only). Nobody depends on it. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package cn.lvzhi.demo;
