<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server %1. Check the address and your network connection (%2).</source>
        <translation>Cannot reach the server %1. Check the address and your network connection (%2).</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Try again in a moment.</source>
        <translation>The server %1 did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server&apos;s certificate.</source>
        <translation>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The answer from %1 was not understood; is this a NextEvent server? (%2)</source>
        <translation>The answer from %1 was not understood; is this a NextEvent server? (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server rejected the input: %1</source>
        <translation>The server rejected the input: %1</translation>
    </message>
    <message>
        <source>Please correct the following:
%1</source>
        <translation>Please correct the following:
%1</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it.</source>
        <translation>It no longer exists; someone may have deleted it.</translation>
    </message>
    <message>
        <source>It was changed in the meantime: %1</source>
        <translation>It was changed in the meantime: %1</translation>
    </message>
    <message>
        <source>That is too large for the server.</source>
        <translation>That is too large for the server.</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>Too many requests; wait a moment and try again.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable; try again shortly.</source>
        <translation>The server is temporarily unavailable; try again shortly.</translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation>The server had an internal problem.</translation>
    </message>
    <message>
        <source>The server had an internal problem (request %1). Tell your administrator.</source>
        <translation>The server had an internal problem (request %1). Tell your administrator.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>contains invalid characters</source>
        <translation>contains invalid characters</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>must be after the start</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>may contain only letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and + - ( )</source>
        <translation>may contain only digits, spaces and + - ( )</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>must be at most %1 characters</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Interaction code</source>
        <translation>Interaction code</translation>
    </message>
    <message>
        <source>Scan message</source>
        <translation>Scan message</translation>
    </message>
    <message>
        <source>Auto reply</source>
        <translation>Auto reply</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Add attendee</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>&amp;Unlimited</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Interaction code:</source>
        <translation>&amp;Interaction code:</translation>
    </message>
    <message>
        <source>The WeChat QR scene string: letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>The WeChat QR scene string: letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>Scan &amp;message:</source>
        <translation>Scan &amp;message:</translation>
    </message>
    <message>
        <source>The reply a WeChat user gets after scanning the event&apos;s QR code</source>
        <translation>The reply a WeChat user gets after scanning the event&apos;s QR code</translation>
    </message>
    <message>
        <source>&amp;Auto reply:</source>
        <translation>&amp;Auto reply:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to NextEvent</source>
        <translation>Sign in to NextEvent</translation>
    </message>
    <message>
        <source>Sign in with your NextEvent staff account.</source>
        <translation>Sign in with your NextEvent staff account.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The address of the NextEvent server, e.g. https://events.example.org</source>
        <translation>The address of the NextEvent server, e.g. https://events.example.org</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Waitlisted</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>attendee</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Start (doors open)</source>
        <translation>Start (doors open)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancel event</translation>
    </message>
</context>
<context>
    <name>nextevent::console::ApiClient</name>
    <message>
        <source>HTTP %1, %2 bytes</source>
        <translation>HTTP %1, %2 bytes</translation>
    </message>
    <message>
        <source>no tokens in the sign-in answer</source>
        <translation>no tokens in the sign-in answer</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>no tokens in the refresh answer</source>
        <translation>no tokens in the refresh answer</translation>
    </message>
</context>
<context>
    <name>nextevent::console::AttendeeDialog</name>
    <message>
        <source>Add attendee – %1</source>
        <translation>Add attendee – %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>nextevent::console::AttendeeListModel</name>
    <message>
        <source>(WeChat user)</source>
        <translation>(WeChat user)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Checked in by</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
</context>
<context>
    <name>nextevent::console::AttendeesPanel</name>
    <message>
        <source>Add &amp;attendee…</source>
        <translation>Add &amp;attendee…</translation>
    </message>
    <message>
        <source>Cancel &amp;registration</source>
        <translation>Cancel &amp;registration</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Search by name, phone or code</source>
        <translation>Search by name, phone or code</translation>
    </message>
    <message>
        <source>Search attendees</source>
        <translation>Search attendees</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Filter by registration status</source>
        <translation>Filter by registration status</translation>
    </message>
    <message>
        <source>Could not load attendees: %1</source>
        <translation>Could not load attendees: %1</translation>
    </message>
    <message>
        <source>Registration is open only while the event is published or active.</source>
        <translation>Registration is open only while the event is published or active.</translation>
    </message>
    <message>
        <source>%1 is on the waitlist at position %2.</source>
        <translation>%1 is on the waitlist at position %2.</translation>
    </message>
    <message>
        <source>%1 is registered; ticket code %2.</source>
        <translation>%1 is registered; ticket code %2.</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>Cancel the registration of %1? The first person on the waitlist moves up.</source>
        <translation>Cancel the registration of %1? The first person on the waitlist moves up.</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Could not cancel %1: %2</translation>
    </message>
    <message>
        <source>Cancelled the registration of %1.</source>
        <translation>Cancelled the registration of %1.</translation>
    </message>
    <message>
        <source>-attendees.csv</source>
        <translation>-attendees.csv</translation>
    </message>
    <message>
        <source>Export attendees</source>
        <translation>Export attendees</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Downloading the attendee list…</source>
        <translation>Downloading the attendee list…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Downloading the attendee list… %1 KB</source>
        <translation>Downloading the attendee list… %1 KB</translation>
    </message>
    <message>
        <source>Saved the attendee list to %1.</source>
        <translation>Saved the attendee list to %1.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>nextevent::console::CheckInPanel</name>
    <message>
        <source>(WeChat user)</source>
        <translation>(WeChat user)</translation>
    </message>
    <message>
        <source>Check in &amp;selected</source>
        <translation>Check in &amp;selected</translation>
    </message>
    <message>
        <source>Scan or type the ticket code, then press Enter</source>
        <translation>Scan or type the ticket code, then press Enter</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Check-in result</translation>
    </message>
    <message>
        <source>No ticket? Search by name or phone (2+ characters)</source>
        <translation>No ticket? Search by name or phone (2+ characters)</translation>
    </message>
    <message>
        <source>Search attendee</source>
        <translation>Search attendee</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Recent check-ins</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>Select an event.</source>
        <translation>Select an event.</translation>
    </message>
    <message>
        <source>Check-in for %1</source>
        <translation>Check-in for %1</translation>
    </message>
    <message>
        <source>%1 is %2: check-in is open only while the event is published or active.</source>
        <translation>%1 is %2: check-in is open only while the event is published or active.</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>Checked in: %1 of %2 registered</source>
        <translation>Checked in: %1 of %2 registered</translation>
    </message>
    <message>
        <source>Check-in is closed for this event.</source>
        <translation>Check-in is closed for this event.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Already checked in at %1
%2</source>
        <translation>Already checked in at %1
%2</translation>
    </message>
    <message>
        <source>%1  %2 – already checked in (%3)</source>
        <translation>%1  %2 – already checked in (%3)</translation>
    </message>
    <message>
        <source>✓ Checked in
%1</source>
        <translation>✓ Checked in
%1</translation>
    </message>
    <message>
        <source>%1  %2 – checked in</source>
        <translation>%1  %2 – checked in</translation>
    </message>
    <message>
        <source>Wrong event
This ticket is for another event.</source>
        <translation>Wrong event
This ticket is for another event.</translation>
    </message>
    <message>
        <source>Unknown code
%1 is not a ticket of this event.</source>
        <translation>Unknown code
%1 is not a ticket of this event.</translation>
    </message>
    <message>
        <source>Registration cancelled
This ticket is no longer valid.</source>
        <translation>Registration cancelled
This ticket is no longer valid.</translation>
    </message>
    <message>
        <source>Still on the waitlist
This person has no seat yet.</source>
        <translation>Still on the waitlist
This person has no seat yet.</translation>
    </message>
    <message>
        <source>%1  %2 – refused</source>
        <translation>%1  %2 – refused</translation>
    </message>
    <message>
        <source>%1 has no ticket code.</source>
        <translation>%1 has no ticket code.</translation>
    </message>
    <message>
        <source>%1 is %2, not registered.</source>
        <translation>%1 is %2, not registered.</translation>
    </message>
</context>
<context>
    <name>nextevent::console::ConsoleController</name>
    <message>
        <source>Your session has ended. Sign in again to continue; nothing on screen is lost.</source>
        <translation>Your session has ended. Sign in again to continue; nothing on screen is lost.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account may not sign in (it is disabled or has no staff role).</source>
        <translation>This account may not sign in (it is disabled or has no staff role).</translation>
    </message>
</context>
<context>
    <name>nextevent::console::EventDialog</name>
    <message>
        <source>What the event is called</source>
        <translation>What the event is called</translation>
    </message>
    <message>
        <source>optional, e.g. spring-meetup</source>
        <translation>optional, e.g. spring-meetup</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Edit event – %1</source>
        <translation>Edit event – %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
</context>
<context>
    <name>nextevent::console::EventListModel</name>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>nextevent::console::EventsPage</name>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>&amp;QR code</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Search events (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Search events</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Create an event (Ctrl+N)</source>
        <translation>Create an event (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>Make, export and print the event&apos;s QR code</source>
        <translation>Make, export and print the event&apos;s QR code</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Attendees</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Check-&amp;in</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Could not load events: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 registered, %4 waitlisted, %5 checked in (capacity %6)</source>
        <translation>%1 · %2 · %3 registered, %4 waitlisted, %5 checked in (capacity %6)</translation>
    </message>
    <message>
        <source>Select an event to see its attendees and check-in desk.</source>
        <translation>Select an event to see its attendees and check-in desk.</translation>
    </message>
    <message>
        <source>A %1 event cannot change its status any more.</source>
        <translation>A %1 event cannot change its status any more.</translation>
    </message>
    <message>
        <source>Move the event along its lifecycle</source>
        <translation>Move the event along its lifecycle</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Created “%1”.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>The event was changed</source>
        <translation>The event was changed</translation>
    </message>
    <message>
        <source>Someone else saved “%1” after you opened it, so your changes were not saved.</source>
        <translation>Someone else saved “%1” after you opened it, so your changes were not saved.</translation>
    </message>
    <message>
        <source>Reload shows the current version (your edits in this form are replaced). Overwrite saves your version over theirs. Keep editing does nothing yet.</source>
        <translation>Reload shows the current version (your edits in this form are replaced). Overwrite saves your version over theirs. Keep editing does nothing yet.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Reloaded the current version.</source>
        <translation>Reloaded the current version.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete “%1”? Its registrations and check-ins go with it.</source>
        <translation>Delete “%1”? Its registrations and check-ins go with it.</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>Could not delete “%1”: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <source>Cancel “%1”? This cannot be undone; registered people keep their tickets but cannot check in.</source>
        <translation>Cancel “%1”? This cannot be undone; registered people keep their tickets but cannot check in.</translation>
    </message>
    <message>
        <source>“%1” could not become %2: it was changed in the meantime. The list has been reloaded; check its status and try again.</source>
        <translation>“%1” could not become %2: it was changed in the meantime. The list has been reloaded; check its status and try again.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” is now %2.</translation>
    </message>
</context>
<context>
    <name>nextevent::console::MainWindow</name>
    <message>
        <source>NextEvent Console</source>
        <translation>NextEvent Console</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Nothing to create on this page.</source>
        <translation>Nothing to create on this page.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>The new language is used from the next start of the console.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About NextEvent Console</source>
        <translation>&amp;About NextEvent Console</translation>
    </message>
    <message>
        <source>About NextEvent Console</source>
        <translation>About NextEvent Console</translation>
    </message>
    <message>
        <source>NextEvent Console %1
Events, attendees, check-in and QR codes for WeChat audiences.</source>
        <translation>NextEvent Console %1
Events, attendees, check-in and QR codes for WeChat audiences.</translation>
    </message>
    <message>
        <source>● Connected to %1 as %2</source>
        <translation>● Connected to %1 as %2</translation>
    </message>
    <message>
        <source>● Offline: cannot reach %1, retrying…</source>
        <translation>● Offline: cannot reach %1, retrying…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>nextevent::console::PagingBar</name>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Previous page (Alt+Left)</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Next page (Alt+Right)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 per page</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Rows per page</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n item(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n item</numerusform>
            <numerusform>Page %1 of %2 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(loading…)</translation>
    </message>
</context>
<context>
    <name>nextevent::console::QrCodePage</name>
    <message>
        <source>&amp;Make QR code</source>
        <translation>&amp;Make QR code</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Export &amp;SVG…</translation>
    </message>
    <message>
        <source>Print sheet as P&amp;DF…</source>
        <translation>Print sheet as P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Find an event (Ctrl+F)</source>
        <translation>Find an event (Ctrl+F)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>QR code preview</source>
        <translation>QR code preview</translation>
    </message>
    <message>
        <source>Encoded text</source>
        <translation>Encoded text</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Export size</translation>
    </message>
    <message>
        <source>Encoded text:</source>
        <translation>Encoded text:</translation>
    </message>
    <message>
        <source>Export size:</source>
        <translation>Export size:</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Export SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>Print sheet as PDF</source>
        <translation>Print sheet as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR codes</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Could not load events: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Asking the server for the event&apos;s QR code…</source>
        <translation>Asking the server for the event&apos;s QR code…</translation>
    </message>
    <message>
        <source>Made by the server.</source>
        <translation>Made by the server.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valid until %1.</translation>
    </message>
    <message>
        <source>the server has no QR code service for events</source>
        <translation>the server has no QR code service for events</translation>
    </message>
    <message>
        <source>Made here from the event&apos;s page address, because %1.</source>
        <translation>Made here from the event&apos;s page address, because %1.</translation>
    </message>
    <message>
        <source>This text is too long for a QR code.</source>
        <translation>This text is too long for a QR code.</translation>
    </message>
    <message>
        <source>QR code ready.</source>
        <translation>QR code ready.</translation>
    </message>
    <message>
        <source>Press “Make QR code” to create the event&apos;s code.</source>
        <translation>Press “Make QR code” to create the event&apos;s code.</translation>
    </message>
    <message>
        <source>Choose an event to make its QR code.</source>
        <translation>Choose an event to make its QR code.</translation>
    </message>
    <message>
        <source>qr-code</source>
        <translation>qr-code</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Print QR code</source>
        <translation>Print QR code</translation>
    </message>
    <message>
        <source>Scan with WeChat to open the event.</source>
        <translation>Scan with WeChat to open the event.</translation>
    </message>
</context>
<context>
    <name>nextevent::console::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>https://events.example.org</source>
        <translation>https://events.example.org</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://events.example.org or 127.0.0.1:8080.</source>
        <translation>Enter the server address, for example https://events.example.org or 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
</TS>
