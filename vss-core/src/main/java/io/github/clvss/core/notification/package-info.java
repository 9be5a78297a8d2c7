/** Notifications to the people who use vss, shown in the application and sent by mail where configured. */
@NullMarked
package io.github.clvss.core.notification;

import org.jspecify.annotations.NullMarked;
