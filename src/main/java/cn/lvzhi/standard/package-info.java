/**
 * Standard: the points standard (积分标准) as versioned data. A version has an effective-from
 * date and a catalogue of items, each with a rule; an activity is scored by the version in force
 * on the day it took place. Versions are only ever added, never changed or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standard")
package cn.lvzhi.standard;
