/** Small building blocks every feature may use: exceptions the web edge maps to problem details, the clock. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.cerita.common;
