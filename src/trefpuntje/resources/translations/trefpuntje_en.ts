<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About Trefpuntje {version}</source>
        <translation>About Trefpuntje {version}</translation>
    </message>
    <message>
        <source>Software for the community space of an inclusive neighbourhood in Nijmegen.</source>
        <translation>Software for the community space of an inclusive neighbourhood in Nijmegen.</translation>
    </message>
    <message>
        <source>All pictograms designed by OpenMoji, the open-source emoji and icon project. License: CC BY-SA 4.0.</source>
        <translation>All pictograms designed by OpenMoji, the open-source emoji and icon project. License: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Arabic UI, SIL Open Font License 1.1.</source>
        <translation>Fonts: Noto Sans and Noto Sans Arabic UI, SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy and Alembic.</source>
        <translation>Built with Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy and Alembic.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ActivitiesAdmin</name>
    <message>
        <source>signed up</source>
        <translation>signed up</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>walked in</source>
        <translation>walked in</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessions this week</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Change activity</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mark no-shows</source>
        <translation>Mark no-shows</translation>
    </message>
    <message>
        <source>− place</source>
        <translation>− place</translation>
    </message>
    <message>
        <source>+ place</source>
        <translation>+ place</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Cancel this session</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Nothing planned this week.</translation>
    </message>
    <message>
        <source>Present now: {count}</source>
        <translation>Present now: {count}</translation>
    </message>
    <message>
        <source>Signed up: {count}, places: {places}</source>
        <translation>Signed up: {count}, places: {places}</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>{title} is planned.</source>
        <translation>{title} is planned.</translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Activities this week</source>
        <translation>Activities this week</translation>
    </message>
    <message>
        <source>Scan your card to sign up.</source>
        <translation>Scan your card to sign up.</translation>
    </message>
    <message>
        <source>New here?</source>
        <translation>New here?</translation>
    </message>
    <message>
        <source>Camera: hold your card in front of it</source>
        <translation>Camera: hold your card in front of it</translation>
    </message>
    <message>
        <source>Nothing planned for the coming days.</source>
        <translation>Nothing planned for the coming days.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>You are signed up for {title}.</source>
        <translation>You are signed up for {title}.</translation>
    </message>
    <message>
        <source>{title} is full. You are on the waiting list, number {position}.</source>
        <translation>{title} is full. You are on the waiting list, number {position}.</translation>
    </message>
    <message>
        <source>Your sign-up is cancelled.</source>
        <translation>Your sign-up is cancelled.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>sign-up needed</source>
        <translation>sign-up needed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Change activity</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Giveaway shop</source>
        <translation>Giveaway shop</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Coffee corner</source>
        <translation>Coffee corner</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
</context>
<context>
    <name>ChooseOverlay</name>
    <message>
        <source>Where are you going, {name}?</source>
        <translation>Where are you going, {name}?</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>None of these</translation>
    </message>
</context>
<context>
    <name>CodePad</name>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Find the item</source>
        <translation>Find the item</translation>
    </message>
</context>
<context>
    <name>CoffeeMenu</name>
    <message>
        <source>Coffee corner</source>
        <translation>Coffee corner</translation>
    </message>
    <message>
        <source>Scan your card to see how many strips are left on your coffee card.</source>
        <translation>Scan your card to see how many strips are left on your coffee card.</translation>
    </message>
    <message>
        <source>{name}, your coffee card has {strips} strips left.</source>
        <translation>{name}, your coffee card has {strips} strips left.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Coming soon! This part of Trefpuntje is still being built.</source>
        <translation>Coming soon! This part of Trefpuntje is still being built.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>No connection to the centre's database</source>
        <translation>No connection to the centre's database</translation>
    </message>
    <message>
        <source>Please wait a moment. This screen goes on by itself as soon as the connection is back.</source>
        <translation>Please wait a moment. This screen goes on by itself as soon as the connection is back.</translation>
    </message>
    <message>
        <source>Trying again in {seconds} seconds…</source>
        <translation>Trying again in {seconds} seconds…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Trying again…</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Connection restored.</translation>
    </message>
</context>
<context>
    <name>FirstStartScreen</name>
    <message>
        <source>Welcome! Let us set up Trefpuntje.</source>
        <translation>Welcome! Let us set up Trefpuntje.</translation>
    </message>
    <message>
        <source>A coordinator opens staff mode with a PIN. Make the first coordinator, or try Trefpuntje with demo data.</source>
        <translation>A coordinator opens staff mode with a PIN. Make the first coordinator, or try Trefpuntje with demo data.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Make coordinator</source>
        <translation>Make coordinator</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>{name} is coordinator. Staff mode opens with the PIN.</source>
        <translation>{name} is coordinator. Staff mode opens with the PIN.</translation>
    </message>
    <message>
        <source>Making a demo week...</source>
        <translation>Making a demo week...</translation>
    </message>
    <message>
        <source>Demo data is ready. The demo coordinator PIN is {pin}.</source>
        <translation>Demo data is ready. The demo coordinator PIN is {pin}.</translation>
    </message>
</context>
<context>
    <name>GreetingOverlay</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome to {centre}</source>
        <translation>Welcome to {centre}</translation>
    </message>
    <message>
        <source>Tap what you would like to do.</source>
        <translation>Tap what you would like to do.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
</context>
<context>
    <name>HoursAdmin</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>To review ({count})</source>
        <translation>To review ({count})</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>coffee</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>shop</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercise</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>meals</translation>
    </message>
    <message>
        <source>soup</source>
        <translation>soup</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>cleaning</translation>
    </message>
    <message>
        <source>sewing</source>
        <translation>sewing</translation>
    </message>
    <message>
        <source>day activities</source>
        <translation>day activities</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>till</source>
        <translation>till</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>volunteers</translation>
    </message>
</context>
<context>
    <name>HoursOverview</name>
    <message>
        <source>{amount} an hour is more than the tax-free {cap} an hour</source>
        <translation>{amount} an hour is more than the tax-free {cap} an hour</translation>
    </message>
    <message>
        <source>{month}: {amount}, near the {cap} a month</source>
        <translation>{month}: {amount}, near the {cap} a month</translation>
    </message>
    <message>
        <source>{month}: {amount}, over the {cap} a month</source>
        <translation>{month}: {amount}, over the {cap} a month</translation>
    </message>
    <message>
        <source>the year: {amount}, near the {cap} a year</source>
        <translation>the year: {amount}, near the {cap} a year</translation>
    </message>
    <message>
        <source>the year: {amount}, over the {cap} a year</source>
        <translation>the year: {amount}, over the {cap} a year</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Hours per task per month</source>
        <translation>Hours per task per month</translation>
    </message>
    <message>
        <source>Volunteer allowance</source>
        <translation>Volunteer allowance</translation>
    </message>
    <message>
        <source>Counted hours in {year}</source>
        <translation>Counted hours in {year}</translation>
    </message>
    <message>
        <source>Active volunteers: {count}. Waiting for approval: {waiting}; forgotten clock-outs: {flagged}.</source>
        <translation>Active volunteers: {count}. Waiting for approval: {waiting}; forgotten clock-outs: {flagged}.</translation>
    </message>
    <message>
        <source>Those who receive also give: {also} of the {visitors} visitors ({percent} %) also volunteer or cook.</source>
        <translation>Those who receive also give: {also} of the {visitors} visitors ({percent} %) also volunteer or cook.</translation>
    </message>
    <message>
        <source>Of the {came} who came this year, {gave} gave hours or cook ({percent} %).</source>
        <translation>Of the {came} who came this year, {gave} gave hours or cook ({percent} %).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>No tax-free caps set for {year}: those of {figures} are used. Please check them.</source>
        <translation>No tax-free caps set for {year}: those of {figures} are used. Please check them.</translation>
    </message>
    <message>
        <source>No allowance near a tax-free cap.</source>
        <translation>No allowance near a tax-free cap.</translation>
    </message>
    <message>
        <source>Could not save in {path}: {reason}.</source>
        <translation>Could not save in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
</context>
<context>
    <name>HoursReview</name>
    <message>
        <source>added afterwards</source>
        <translation>added afterwards</translation>
    </message>
    <message>
        <source>forgot to clock out</source>
        <translation>forgot to clock out</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>Added afterwards: waiting for approval.</source>
        <translation>Added afterwards: waiting for approval.</translation>
    </message>
    <message>
        <source>Forgot to clock out, and no shift says when it ended: correct it with the end.</source>
        <translation>Forgot to clock out, and no shift says when it ended: correct it with the end.</translation>
    </message>
    <message>
        <source>These hours count.</source>
        <translation>These hours count.</translation>
    </message>
    <message>
        <source>Rejected: these hours do not count.</source>
        <translation>Rejected: these hours do not count.</translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation>Still running.</translation>
    </message>
    <message>
        <source>clocked in</source>
        <translation>clocked in</translation>
    </message>
    <message>
        <source>clocked out</source>
        <translation>clocked out</translation>
    </message>
    <message>
        <source>closed at the end of the shift</source>
        <translation>closed at the end of the shift</translation>
    </message>
    <message>
        <source>forgotten clock-out flagged</source>
        <translation>forgotten clock-out flagged</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>Forgot to clock out</source>
        <translation>Forgot to clock out</translation>
    </message>
    <message>
        <source>As on the roster</source>
        <translation>As on the roster</translation>
    </message>
    <message>
        <source>Checked with the volunteer</source>
        <translation>Checked with the volunteer</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>Entered twice</translation>
    </message>
    <message>
        <source>Not volunteer work</source>
        <translation>Not volunteer work</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why? A reason is needed.</source>
        <translation>Why? A reason is needed.</translation>
    </message>
    <message>
        <source>Or type a reason</source>
        <translation>Or type a reason</translation>
    </message>
    <message>
        <source>Nothing to review. Thank you!</source>
        <translation>Nothing to review. Thank you!</translation>
    </message>
    <message>
        <source>Hours to review, oldest first</source>
        <translation>Hours to review, oldest first</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of these hours</source>
        <translation>History of these hours</translation>
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
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Rejected hours do not count. Their history stays.</source>
        <translation>Rejected hours do not count. Their history stays.</translation>
    </message>
    <message>
        <source>Reject these hours</source>
        <translation>Reject these hours</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>the daily check</source>
        <translation>the daily check</translation>
    </message>
    <message>
        <source>Correct: {name} · {task} · {day}</source>
        <translation>Correct: {name} · {task} · {day}</translation>
    </message>
    <message>
        <source>Corrected: {name}, {task}, {span}. These hours count now.</source>
        <translation>Corrected: {name}, {task}, {span}. These hours count now.</translation>
    </message>
    <message>
        <source>Approved: {name}, {task}, {span}.</source>
        <translation>Approved: {name}, {task}, {span}.</translation>
    </message>
    <message>
        <source>Reject: {name} · {task} · {day}</source>
        <translation>Reject: {name} · {task} · {day}</translation>
    </message>
    <message>
        <source>Rejected: {name}, {task}, {span}.</source>
        <translation>Rejected: {name}, {task}, {span}.</translation>
    </message>
</context>
<context>
    <name>HoursRoster</name>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Shifts this week</source>
        <translation>Shifts this week</translation>
    </message>
    <message>
        <source>Plan a shift</source>
        <translation>Plan a shift</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Copy last week</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Volunteers on this shift</source>
        <translation>Volunteers on this shift</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>Put on</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <source>Cancel the shift</source>
        <translation>Cancel the shift</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Week {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Tap a shift to see who is on it.</source>
        <translation>Tap a shift to see who is on it.</translation>
    </message>
    <message>
        <source>This shift is cancelled.</source>
        <translation>This shift is cancelled.</translation>
    </message>
    <message>
        <source>{taken} of {places} places taken</source>
        <translation>{taken} of {places} places taken</translation>
    </message>
    <message>
        <source>Planned: {shift}.</source>
        <translation>Planned: {shift}.</translation>
    </message>
    <message>
        <source>Tap once more to cancel {shift}.</source>
        <translation>Tap once more to cancel {shift}.</translation>
    </message>
    <message>
        <source>Cancelled: {shift}. Tell the volunteers on it.</source>
        <translation>Cancelled: {shift}. Tell the volunteers on it.</translation>
    </message>
    <message>
        <source>First tap the name to take off the shift.</source>
        <translation>First tap the name to take off the shift.</translation>
    </message>
    <message>
        <source>{name} is off the shift {shift}.</source>
        <translation>{name} is off the shift {shift}.</translation>
    </message>
    <message>
        <source>{count} shifts planned as in the week before.</source>
        <translation>{count} shifts planned as in the week before.</translation>
    </message>
    <message>
        <source>Who goes on {shift}?</source>
        <translation>Who goes on {shift}?</translation>
    </message>
    <message>
        <source>{name} is on the shift {shift}.</source>
        <translation>{name} is on the shift {shift}.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>In {seconds} seconds this screen goes back to the start.</source>
        <translation>In {seconds} seconds this screen goes back to the start.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>{count} left</translation>
    </message>
    <message>
        <source>Made by a neighbour</source>
        <translation>Made by a neighbour</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: done</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>MealCard</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Join the waiting list</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Cancel my order</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Leave the waiting list</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Called off</translation>
    </message>
    <message>
        <source>{price} a portion · ordering has closed</source>
        <translation>{price} a portion · ordering has closed</translation>
    </message>
    <message>
        <source>{price} a portion · sold out · waiting list open until {time}</source>
        <translation>{price} a portion · sold out · waiting list open until {time}</translation>
    </message>
    <message>
        <source>{price} a portion · {left} of {portions} left · order before {time}</source>
        <translation>{price} a portion · {left} of {portions} left · order before {time}</translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation>Waiting list: number {position}</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>No portion came free</source>
        <translation>No portion came free</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Not collected</translation>
    </message>
    <message>
        <source>You ordered {portions}</source>
        <translation>You ordered {portions}</translation>
    </message>
    <message>
        <source>Contains: {allergens}</source>
        <translation>Contains: {allergens}</translation>
    </message>
    <message>
        <source>No allergens</source>
        <translation>No allergens</translation>
    </message>
    <message>
        <source>{when} · cooked by a neighbour</source>
        <translation>{when} · cooked by a neighbour</translation>
    </message>
    <message>
        <source>Careful: you are allergic to {allergens}.</source>
        <translation>Careful: you are allergic to {allergens}.</translation>
    </message>
    <message>
        <source>Not for your diet: {diets}</source>
        <translation>Not for your diet: {diets}</translation>
    </message>
    <message>
        <source>Called off: your order is cancelled</source>
        <translation>Called off: your order is cancelled</translation>
    </message>
    <message>
        <source>Ordering has closed</source>
        <translation>Ordering has closed</translation>
    </message>
</context>
<context>
    <name>MealOffer</name>
    <message>
        <source>1 The meal</source>
        <translation>1 The meal</translation>
    </message>
    <message>
        <source>2 Allergens</source>
        <translation>2 Allergens</translation>
    </message>
    <message>
        <source>3 Hygiene</source>
        <translation>3 Hygiene</translation>
    </message>
    <message>
        <source>Tap the dish to type its name. Or scan the cook's card to choose the cook.</source>
        <translation>Tap the dish to type its name. Or scan the cook's card to choose the cook.</translation>
    </message>
    <message>
        <source>Tick every allergen in the dish, or "No allergens".</source>
        <translation>Tick every allergen in the dish, or "No allergens".</translation>
    </message>
    <message>
        <source>Read the food-safety checklist with the cook.</source>
        <translation>Read the food-safety checklist with the cook.</translation>
    </message>
    <message>
        <source>Meal offers</source>
        <translation>Meal offers</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Cooks' payouts</source>
        <translation>Cooks' payouts</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Yes, call it off</source>
        <translation>Yes, call it off</translation>
    </message>
    <message>
        <source>{when} · {cook} · {ordered} of {portions} ordered · {waiting} waiting</source>
        <translation>{when} · {cook} · {ordered} of {portions} ordered · {waiting} waiting</translation>
    </message>
    <message>
        <source>Cook's sheet</source>
        <translation>Cook's sheet</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>Call off</translation>
    </message>
    <message>
        <source>No meals on offer. Tap "New offer".</source>
        <translation>No meals on offer. Tap "New offer".</translation>
    </message>
    <message>
        <source>Choose the cook. Nobody has the cook role yet? A coordinator gives it to a member.</source>
        <translation>Choose the cook. Nobody has the cook role yet? A coordinator gives it to a member.</translation>
    </message>
    <message>
        <source>{dish} is on offer: {when}.</source>
        <translation>{dish} is on offer: {when}.</translation>
    </message>
    <message>
        <source>Call off {dish}?</source>
        <translation>Call off {dish}?</translation>
    </message>
    <message>
        <source>{ordered} portions are ordered and {waiting} neighbours wait. Their orders are cancelled; they see it at the kiosk. Let the cook know.</source>
        <translation>{ordered} portions are ordered and {waiting} neighbours wait. Their orders are cancelled; they see it at the kiosk. Let the cook know.</translation>
    </message>
    <message>
        <source>{dish} is called off.</source>
        <translation>{dish} is called off.</translation>
    </message>
    <message>
        <source>Cook's sheet: {dish}</source>
        <translation>Cook's sheet: {dish}</translation>
    </message>
    <message>
        <source>{cook}, scan your card to print your sheet. It names the neighbours who ordered and their allergies: it is for the cook only.</source>
        <translation>{cook}, scan your card to print your sheet. It names the neighbours who ordered and their allergies: it is for the cook only.</translation>
    </message>
    <message>
        <source>At the office: trefpuntje print meal {id} -o cook.pdf</source>
        <translation>At the office: trefpuntje print meal {id} -o cook.pdf</translation>
    </message>
    <message>
        <source>That is not {cook}'s card. Only the cook of this meal can print its sheet.</source>
        <translation>That is not {cook}'s card. Only the cook of this meal can print its sheet.</translation>
    </message>
    <message>
        <source>Cook: {name}</source>
        <translation>Cook: {name}</translation>
    </message>
    <message>
        <source>{name} does not have the cook role. A coordinator gives it to a member.</source>
        <translation>{name} does not have the cook role. A coordinator gives it to a member.</translation>
    </message>
    <message>
        <source>The cook's sheet is at the printer (job {job}).</source>
        <translation>The cook's sheet is at the printer (job {job}).</translation>
    </message>
    <message>
        <source>Printing the cook's sheet...</source>
        <translation>Printing the cook's sheet...</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cook</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Dish</translation>
    </message>
    <message>
        <source>Description (if you like)</source>
        <translation>Description (if you like)</translation>
    </message>
    <message>
        <source>Less: {field}</source>
        <translation>Less: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>More: {field}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Pick-up from</source>
        <translation>Pick-up from</translation>
    </message>
    <message>
        <source>Pick-up until</source>
        <translation>Pick-up until</translation>
    </message>
    <message>
        <source>Order before</source>
        <translation>Order before</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <source>At most per neighbour</source>
        <translation>At most per neighbour</translation>
    </message>
    <message>
        <source>Contribution a portion</source>
        <translation>Contribution a portion</translation>
    </message>
    <message>
        <source>No allergens</source>
        <translation>No allergens</translation>
    </message>
    <message>
        <source>Diet labels:</source>
        <translation>Diet labels:</translation>
    </message>
    <message>
        <source>The cook confirms every point of this checklist.</source>
        <translation>The cook confirms every point of this checklist.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Photo of the dish</source>
        <translation>Photo of the dish</translation>
    </message>
    <message>
        <source>Not a photo: choose another</source>
        <translation>Not a photo: choose another</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>{cook}: {meals} meals, {portions} portions collected: to pay {amount}</source>
        <translation>{cook}: {meals} meals, {portions} portions collected: to pay {amount}</translation>
    </message>
    <message>
        <source>Together: {amount}</source>
        <translation>Together: {amount}</translation>
    </message>
    <message>
        <source>No meals were picked up this month.</source>
        <translation>No meals were picked up this month.</translation>
    </message>
    <message>
        <source>The contributions collected for each cook's meals in a month, however they were paid.</source>
        <translation>The contributions collected for each cook's meals in a month, however they were paid.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>MealPickup</name>
    <message>
        <source>{portions} × {dish} ({cook}) · {amount}</source>
        <translation>{portions} × {dish} ({cook}) · {amount}</translation>
    </message>
    <message>
        <source>Handed out: {portions} × {dish} ({cook})</source>
        <translation>Handed out: {portions} × {dish} ({cook})</translation>
    </message>
    <message>
        <source>Not collected in time: {portions} × {dish} ({cook})</source>
        <translation>Not collected in time: {portions} × {dish} ({cook})</translation>
    </message>
    <message>
        <source>Next neighbour</source>
        <translation>Next neighbour</translation>
    </message>
    <message>
        <source>Meal pick-up</source>
        <translation>Meal pick-up</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>Scan the neighbour's card.</source>
        <translation>Scan the neighbour's card.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Coffee card</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>Paid on the card terminal</translation>
    </message>
    <message>
        <source>The till is closed: the contributions go into it.</source>
        <translation>The till is closed: the contributions go into it.</translation>
    </message>
    <message>
        <source>Today {start}–{end}: {dish} ({cook}), {ordered} of {portions} portions ordered</source>
        <translation>Today {start}–{end}: {dish} ({cook}), {ordered} of {portions} portions ordered</translation>
    </message>
    <message>
        <source>No meals to pick up today.</source>
        <translation>No meals to pick up today.</translation>
    </message>
    <message>
        <source>{name}: orders for today</source>
        <translation>{name}: orders for today</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>No orders for today.</source>
        <translation>No orders for today.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>To pay: {amount}</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nothing to pay</translation>
    </message>
    <message>
        <source>Coffee card: {strips} strips</source>
        <translation>Coffee card: {strips} strips</translation>
    </message>
    <message>
        <source>Let {name} pay {amount} on the card terminal.</source>
        <translation>Let {name} pay {amount} on the card terminal.</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>{name}: {dishes}. Nothing to pay.</source>
        <translation>{name}: {dishes}. Nothing to pay.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>{name}: {dishes}. Paid in cash: {due}.</source>
        <translation>{name}: {dishes}. Paid in cash: {due}.</translation>
    </message>
    <message>
        <source>Paid with the coffee card</source>
        <translation>Paid with the coffee card</translation>
    </message>
    <message>
        <source>{strips} strips</source>
        <translation>{strips} strips</translation>
    </message>
    <message>
        <source>{name}: {dishes}. {left} strips left on the coffee card.</source>
        <translation>{name}: {dishes}. {left} strips left on the coffee card.</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>{name}: {dishes}.</source>
        <translation>{name}: {dishes}.</translation>
    </message>
</context>
<context>
    <name>MealWords</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Neighbour meals</source>
        <translation>Neighbour meals</translation>
    </message>
    <message>
        <source>My allergies</source>
        <translation>My allergies</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Portions:</source>
        <translation>Portions:</translation>
    </message>
    <message>
        <source>One portion less</source>
        <translation>One portion less</translation>
    </message>
    <message>
        <source>One portion more</source>
        <translation>One portion more</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <source>My allergies and diet</source>
        <translation>My allergies and diet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>I am allergic to:</source>
        <translation>I am allergic to:</translation>
    </message>
    <message>
        <source>I eat:</source>
        <translation>I eat:</translation>
    </message>
    <message>
        <source>Only you see this, and the cook of a meal you order. Nothing ticked: nothing kept.</source>
        <translation>Only you see this, and the cook of a meal you order. Nothing ticked: nothing kept.</translation>
    </message>
    <message>
        <source>Camera: hold your card in front of it</source>
        <translation>Camera: hold your card in front of it</translation>
    </message>
    <message>
        <source>Scan your card to order.</source>
        <translation>Scan your card to order.</translation>
    </message>
    <message>
        <source>{name}, tap Order to order a meal.</source>
        <translation>{name}, tap Order to order a meal.</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Your orders</translation>
    </message>
    <message>
        <source>Meals to order</source>
        <translation>Meals to order</translation>
    </message>
    <message>
        <source>No meals on offer at the moment.</source>
        <translation>No meals on offer at the moment.</translation>
    </message>
    <message>
        <source>Waiting list: {dish}</source>
        <translation>Waiting list: {dish}</translation>
    </message>
    <message>
        <source>Order: {dish}</source>
        <translation>Order: {dish}</translation>
    </message>
    <message>
        <source>{when} · cooked by a neighbour</source>
        <translation>{when} · cooked by a neighbour</translation>
    </message>
    <message>
        <source>Sold out. When someone cancels before {time}, the portion goes to the first on the waiting list.</source>
        <translation>Sold out. When someone cancels before {time}, the portion goes to the first on the waiting list.</translation>
    </message>
    <message>
        <source>{left} portions left · order before {time}</source>
        <translation>{left} portions left · order before {time}</translation>
    </message>
    <message>
        <source>Careful: this dish contains {allergens}, and you are allergic to it.</source>
        <translation>Careful: this dish contains {allergens}, and you are allergic to it.</translation>
    </message>
    <message>
        <source>Not for your diet: {diets}</source>
        <translation>Not for your diet: {diets}</translation>
    </message>
    <message>
        <source>{portions} portions</source>
        <translation>{portions} portions</translation>
    </message>
    <message>
        <source>If a portion comes free: {amount} at pick-up</source>
        <translation>If a portion comes free: {amount} at pick-up</translation>
    </message>
    <message>
        <source>To pay at pick-up: {amount}</source>
        <translation>To pay at pick-up: {amount}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Yes, order anyway</source>
        <translation>Yes, order anyway</translation>
    </message>
    <message>
        <source>You are on the waiting list for {dish}, number {position}.</source>
        <translation>You are on the waiting list for {dish}, number {position}.</translation>
    </message>
    <message>
        <source>You ordered {portions} × {dish}. Pick-up: {when}.</source>
        <translation>You ordered {portions} × {dish}. Pick-up: {when}.</translation>
    </message>
    <message>
        <source>Your order is cancelled.</source>
        <translation>Your order is cancelled.</translation>
    </message>
    <message>
        <source>Your allergies and diet are saved.</source>
        <translation>Your allergies and diet are saved.</translation>
    </message>
</context>
<context>
    <name>MembersAdmin</name>
    <message>
        <source>First name (required)</source>
        <translation>First name (required)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>may appear in photos</source>
        <translation>may appear in photos</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation>may be contacted</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Print card</translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation>{name} is registered.</translation>
    </message>
    <message>
        <source>Printing the card...</source>
        <translation>Printing the card...</translation>
    </message>
    <message>
        <source>The card for {name} is printing.</source>
        <translation>The card for {name} is printing.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{value} note</source>
        <translation>{value} note</translation>
    </message>
    <message>
        <source>{value} coin</source>
        <translation>{value} coin</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Walk in, no sign-up needed</source>
        <translation>Walk in, no sign-up needed</translation>
    </message>
    <message>
        <source>Places: no limit</source>
        <translation>Places: no limit</translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation>Full: waiting list</translation>
    </message>
    <message>
        <source>Places left: {count}</source>
        <translation>Places left: {count}</translation>
    </message>
    <message>
        <source>You are signed up</source>
        <translation>You are signed up</translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation>Waiting list: number {position}</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Join the waiting list</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Cancel my sign-up</source>
        <translation>Cancel my sign-up</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Scan your card, then type your PIN. Without a card: the coordinator PIN.</source>
        <translation>Scan your card, then type your PIN. Without a card: the coordinator PIN.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This card does not open staff mode.</source>
        <translation>This card does not open staff mode.</translation>
    </message>
    <message>
        <source>Type your PIN, {name}.</source>
        <translation>Type your PIN, {name}.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>The PIN could not be checked just now. Try again.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked until {time}.</source>
        <translation>Too many wrong PINs. Staff mode is locked until {time}.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left.</source>
        <translation>Wrong PIN. {count} tries left.</translation>
    </message>
</context>
<context>
    <name>PriceListAdmin</name>
    <message>
        <source>coffee</source>
        <translation>coffee</translation>
    </message>
    <message>
        <source>tea</source>
        <translation>tea</translation>
    </message>
    <message>
        <source>hot chocolate</source>
        <translation>hot chocolate</translation>
    </message>
    <message>
        <source>soft drink</source>
        <translation>soft drink</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>cake</translation>
    </message>
    <message>
        <source>biscuit</source>
        <translation>biscuit</translation>
    </message>
    <message>
        <source>soup</source>
        <translation>soup</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>sandwich</translation>
    </message>
    <message>
        <source>fruit</source>
        <translation>fruit</translation>
    </message>
    <message>
        <source>postcard</source>
        <translation>postcard</translation>
    </message>
    <message>
        <source>soap</source>
        <translation>soap</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <source>coffee card</source>
        <translation>coffee card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price in euros</source>
        <translation>Price in euros</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Less: {field}</source>
        <translation>Less: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>More: {field}</translation>
    </message>
    <message>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>VAT {rate} %</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>strips: {count}</translation>
    </message>
    <message>
        <source>coffee card, strips: {count}</source>
        <translation>coffee card, strips: {count}</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>off sale</translation>
    </message>
    <message>
        <source>Without a category</source>
        <translation>Without a category</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Change: {name}</source>
        <translation>Change: {name}</translation>
    </message>
    <message>
        <source>Change: {name} (off sale)</source>
        <translation>Change: {name} (off sale)</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>Take off sale</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>Put back on sale</translation>
    </message>
    <message>
        <source>Type the price in euros, for example {example}. Nothing is saved.</source>
        <translation>Type the price in euros, for example {example}. Nothing is saved.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} is saved.</translation>
    </message>
    <message>
        <source>{name} is off sale. Its sales stay as they were.</source>
        <translation>{name} is off sale. Its sales stay as they were.</translation>
    </message>
    <message>
        <source>{name} is on sale again.</source>
        <translation>{name} is on sale again.</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Place on the grid</source>
        <translation>Place on the grid</translation>
    </message>
    <message>
        <source>Costs strips</source>
        <translation>Costs strips</translation>
    </message>
    <message>
        <source>Coffee card with strips</source>
        <translation>Coffee card with strips</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>What we keep</source>
        <translation>What we keep</translation>
    </message>
    <message>
        <source>Your first name. That is all we need.</source>
        <translation>Your first name. That is all we need.</translation>
    </message>
    <message>
        <source>If you want: last name, phone, e-mail, postcode.</source>
        <translation>If you want: last name, phone, e-mail, postcode.</translation>
    </message>
    <message>
        <source>What you sign up for, your visits, what you buy.</source>
        <translation>What you sign up for, your visits, what you buy.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>To greet you and to sign you up.</source>
        <translation>To greet you and to sign you up.</translation>
    </message>
    <message>
        <source>To count visitors. Our funders ask for that.</source>
        <translation>To count visitors. Our funders ask for that.</translation>
    </message>
    <message>
        <source>The law asks us to keep every sale.</source>
        <translation>The law asks us to keep every sale.</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>For how long</translation>
    </message>
    <message>
        <source>After {checkins}, your visits no longer show your name.</source>
        <translation>After {checkins}, your visits no longer show your name.</translation>
    </message>
    <message>
        <source>Not seen you for {inactive}? Then a coordinator may remove your data.</source>
        <translation>Not seen you for {inactive}? Then a coordinator may remove your data.</translation>
    </message>
    <message>
        <source>Sales stay, without your name if you ask.</source>
        <translation>Sales stay, without your name if you ask.</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>Who to ask</translation>
    </message>
    <message>
        <source>To see, change or remove your data: ask {contact}.</source>
        <translation>To see, change or remove your data: ask {contact}.</translation>
    </message>
    <message>
        <source>Others never see your data on this screen.</source>
        <translation>Others never see your data on this screen.</translation>
    </message>
    <message>
        <source>a coordinator of {centre}</source>
        <translation>a coordinator of {centre}</translation>
    </message>
    <message>
        <source>Your data at {centre}</source>
        <translation>Your data at {centre}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>We keep only your first name. A volunteer gives you your card.</source>
        <translation>We keep only your first name. A volunteer gives you your card.</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>What is your first name?</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Your first name</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>visitor</source>
        <translation>visitor</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>cook</source>
        <translation>cook</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
</context>
<context>
    <name>SchedulePrint</name>
    <message>
        <source>Week before</source>
        <translation>Week before</translation>
    </message>
    <message>
        <source>Week after</source>
        <translation>Week after</translation>
    </message>
    <message>
        <source>with the participants' first names (staff copy)</source>
        <translation>with the participants' first names (staff copy)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Week {number}: {first} to {last}</source>
        <translation>Week {number}: {first} to {last}</translation>
    </message>
    <message>
        <source>No preview on this computer (poppler-utils).</source>
        <translation>No preview on this computer (poppler-utils).</translation>
    </message>
    <message>
        <source>Making the schedule...</source>
        <translation>Making the schedule...</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>Sending to the printer...</translation>
    </message>
    <message>
        <source>Sent to the printer (job {job}).</source>
        <translation>Sent to the printer (job {job}).</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
</context>
<context>
    <name>ShiftForm</name>
    <message>
        <source>Plan a shift: which task, which day, when?</source>
        <translation>Plan a shift: which task, which day, when?</translation>
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
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Plan the shift</source>
        <translation>Plan the shift</translation>
    </message>
    <message>
        <source>First add a task (Tasks).</source>
        <translation>First add a task (Tasks).</translation>
    </message>
</context>
<context>
    <name>ShopAdmin</name>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Search by first name, or scan their card</source>
        <translation>Search by first name, or scan their card</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>At most this many items a neighbour takes each week, per category.</source>
        <translation>At most this many items a neighbour takes each week, per category.</translation>
    </message>
    <message>
        <source>Save the limits</source>
        <translation>Save the limits</translation>
    </message>
    <message>
        <source>At most this many items a neighbour takes each week, per category. Staff change these limits.</source>
        <translation>At most this many items a neighbour takes each week, per category. Staff change these limits.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>The fair-share limits are saved.</source>
        <translation>The fair-share limits are saved.</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>Take in</translation>
    </message>
    <message>
        <source>To clear</source>
        <translation>To clear</translation>
    </message>
    <message>
        <source>Made by neighbours</source>
        <translation>Made by neighbours</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>Fair share</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Which item? Scan its label or type its code</source>
        <translation>Which item? Scan its label or type its code</translation>
    </message>
    <message>
        <source>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</source>
        <translation>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</translation>
    </message>
    <message>
        <source>{title} is a neighbour's own work: staff put it right under “Made by neighbours”.</source>
        <translation>{title} is a neighbour's own work: staff put it right under “Made by neighbours”.</translation>
    </message>
    <message>
        <source>{code}  ·  {title}  ·  {category}  ·  {left} on the shelf  ·  {weeks} weeks</source>
        <translation>{code}  ·  {title}  ·  {category}  ·  {left} on the shelf  ·  {weeks} weeks</translation>
    </message>
    <message>
        <source>{count} items cleared: {where}. They stay in the records.</source>
        <translation>{count} items cleared: {where}. They stay in the records.</translation>
    </message>
    <message>
        <source>Items to clear</source>
        <translation>Items to clear</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Donated items on the shelf for more than {weeks} weeks: {count}. Tick what goes, then say where.</source>
        <translation>Donated items on the shelf for more than {weeks} weeks: {count}. Tick what goes, then say where.</translation>
    </message>
    <message>
        <source>Nothing to clear.</source>
        <translation>Nothing to clear.</translation>
    </message>
    <message>
        <source>Tick the items that go first.</source>
        <translation>Tick the items that go first.</translation>
    </message>
    <message>
        <source>What is it? (a few words)</source>
        <translation>What is it? (a few words)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Photo from a file</source>
        <translation>Photo from a file</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Price each</source>
        <translation>Price each</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>Taken in on</translation>
    </message>
    <message>
        <source>Donor (or scan their card)</source>
        <translation>Donor (or scan their card)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>Change an item</translation>
    </message>
    <message>
        <source>Stop changing</source>
        <translation>Stop changing</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop and is not changed any more.</source>
        <translation>{title} was cleared from the shop and is not changed any more.</translation>
    </message>
    <message>
        <source>Another photo</source>
        <translation>Another photo</translation>
    </message>
    <message>
        <source>Changing {title} (code {code}). Put right what is wrong, then “Save changes”.</source>
        <translation>Changing {title} (code {code}). Put right what is wrong, then “Save changes”.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Who gave it?</source>
        <translation>Who gave it?</translation>
    </message>
    <message>
        <source>Photo (not readable)</source>
        <translation>Photo (not readable)</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>Photo of the item</source>
        <translation>Photo of the item</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Tap the category first.</source>
        <translation>Tap the category first.</translation>
    </message>
    <message>
        <source>Taken in: {title}, code {code}.</source>
        <translation>Taken in: {title}, code {code}.</translation>
    </message>
    <message>
        <source>Saved: {title}, code {code}. Print a new label if the price changed.</source>
        <translation>Saved: {title}, code {code}. Print a new label if the price changed.</translation>
    </message>
    <message>
        <source>Printing the label...</source>
        <translation>Printing the label...</translation>
    </message>
    <message>
        <source>The label is at the printer (job {job}).</source>
        <translation>The label is at the printer (job {job}).</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>The camera cannot be used. Choose a photo from a file instead.</source>
        <translation>The camera cannot be used. Choose a photo from a file instead.</translation>
    </message>
    <message>
        <source>Price in euros (for example 12,50)</source>
        <translation>Price in euros (for example 12,50)</translation>
    </message>
    <message>
        <source>Maker: tap to choose</source>
        <translation>Maker: tap to choose</translation>
    </message>
    <message>
        <source>Maker: {name}</source>
        <translation>Maker: {name}</translation>
    </message>
    <message>
        <source>{code}  ·  {title}  ·  {price}  ·  {left} of {quantity} left  ·  {maker}</source>
        <translation>{code}  ·  {title}  ·  {price}  ·  {left} of {quantity} left  ·  {maker}</translation>
    </message>
    <message>
        <source>{maker}: {sold} sold for {gross}, less {commission} commission: to pay {net}</source>
        <translation>{maker}: {sold} sold for {gross}, less {commission} commission: to pay {net}</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Add to the shop</source>
        <translation>Add to the shop</translation>
    </message>
    <message>
        <source>Made by neighbours, in the shop</source>
        <translation>Made by neighbours, in the shop</translation>
    </message>
    <message>
        <source>Neighbour-made items</source>
        <translation>Neighbour-made items</translation>
    </message>
    <message>
        <source>Payout for</source>
        <translation>Payout for</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Payouts to makers</source>
        <translation>Payouts to makers</translation>
    </message>
    <message>
        <source>Nothing made by neighbours yet.</source>
        <translation>Nothing made by neighbours yet.</translation>
    </message>
    <message>
        <source>Who made it?</source>
        <translation>Who made it?</translation>
    </message>
    <message>
        <source>Changing {title} (code {code}). Put right what is wrong, then “Save”.</source>
        <translation>Changing {title} (code {code}). Put right what is wrong, then “Save”.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Choose the maker first, or scan their card.</source>
        <translation>Choose the maker first, or scan their card.</translation>
    </message>
    <message>
        <source>Type the price in euros, for example 12,50.</source>
        <translation>Type the price in euros, for example 12,50.</translation>
    </message>
    <message>
        <source>In the shop: {title} by {maker}, code {code}.</source>
        <translation>In the shop: {title} by {maker}, code {code}.</translation>
    </message>
    <message>
        <source>Tap the maker whose payout to print.</source>
        <translation>Tap the maker whose payout to print.</translation>
    </message>
    <message>
        <source>Printing the payout...</source>
        <translation>Printing the payout...</translation>
    </message>
    <message>
        <source>The payout is at the printer (job {job}).</source>
        <translation>The payout is at the printer (job {job}).</translation>
    </message>
</context>
<context>
    <name>ShopCounter</name>
    <message>
        <source>This card is not known here.</source>
        <translation>This card is not known here.</translation>
    </message>
    <message>
        <source>This card has been replaced. Ask for the new card.</source>
        <translation>This card has been replaced. Ask for the new card.</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</source>
        <translation>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</translation>
    </message>
    <message>
        <source>Or pick what {name} reserved:</source>
        <translation>Or pick what {name} reserved:</translation>
    </message>
    <message>
        <source>Or pick a reserved item:</source>
        <translation>Or pick a reserved item:</translation>
    </message>
    <message>
        <source>Sold without a card</source>
        <translation>Sold without a card</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>To pay: {amount}</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nothing to pay</translation>
    </message>
    <message>
        <source>{shelf}: no limit a week.</source>
        <translation>{shelf}: no limit a week.</translation>
    </message>
    <message>
        <source>{shelf}: {taken} of {limit} this week.</source>
        <translation>{shelf}: {taken} of {limit} this week.</translation>
    </message>
    <message>
        <source>{name} reserved this.</source>
        <translation>{name} reserved this.</translation>
    </message>
    <message>
        <source>Past the fair share. Reason: {reason}</source>
        <translation>Past the fair share. Reason: {reason}</translation>
    </message>
    <message>
        <source>This is more than the fair share: at most {limit} a week.</source>
        <translation>This is more than the fair share: at most {limit} a week.</translation>
    </message>
    <message>
        <source>{shelf}: at most {limit} a week; {taken} this week, {count} more now.</source>
        <translation>{shelf}: at most {limit} a week; {taken} this week, {count} more now.</translation>
    </message>
    <message>
        <source>The till is closed. Open the till first, then sell.</source>
        <translation>The till is closed. Open the till first, then sell.</translation>
    </message>
    <message>
        <source>Let them pay {amount} on the card terminal.</source>
        <translation>Let them pay {amount} on the card terminal.</translation>
    </message>
    <message>
        <source>Handed out to {name}</source>
        <translation>Handed out to {name}</translation>
    </message>
    <message>
        <source>{things}. Nothing to pay.</source>
        <translation>{things}. Nothing to pay.</translation>
    </message>
    <message>
        <source>{things}. Paid in cash: {due}. Give back: {change}.</source>
        <translation>{things}. Paid in cash: {due}. Give back: {change}.</translation>
    </message>
    <message>
        <source>{things}. Paid by card.</source>
        <translation>{things}. Paid by card.</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Large family</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Emergency help</translation>
    </message>
    <message>
        <source>Agreed with the coordinator</source>
        <translation>Agreed with the coordinator</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation>Shop counter</translation>
    </message>
    <message>
        <source>The till is closed: priced items are paid into it.</source>
        <translation>The till is closed: priced items are paid into it.</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>1. Scan the label of the item.</source>
        <translation>1. Scan the label of the item.</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>Type the code</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>Other item</translation>
    </message>
    <message>
        <source>2. Scan the neighbour's card.</source>
        <translation>2. Scan the neighbour's card.</translation>
    </message>
    <message>
        <source>Sell without a card</source>
        <translation>Sell without a card</translation>
    </message>
    <message>
        <source>Other neighbour</source>
        <translation>Other neighbour</translation>
    </message>
    <message>
        <source>Ask a staff member: only staff may hand out past the fair share.</source>
        <translation>Ask a staff member: only staff may hand out past the fair share.</translation>
    </message>
    <message>
        <source>Hand out anyway</source>
        <translation>Hand out anyway</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Type the code on the label</source>
        <translation>Type the code on the label</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Past the fair share</source>
        <translation>Past the fair share</translation>
    </message>
    <message>
        <source>Why may it go anyway? The reason is kept with the hand-out.</source>
        <translation>Why may it go anyway? The reason is kept with the hand-out.</translation>
    </message>
    <message>
        <source>Or tap here and type the reason</source>
        <translation>Or tap here and type the reason</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>Paid on the card terminal</translation>
    </message>
    <message>
        <source>{shelf} · {condition}</source>
        <translation>{shelf} · {condition}</translation>
    </message>
    <message>
        <source>Price: {amount}</source>
        <translation>Price: {amount}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Cleared from the shop.</source>
        <translation>Cleared from the shop.</translation>
    </message>
    <message>
        <source>None left: reserved for someone else.</source>
        <translation>None left: reserved for someone else.</translation>
    </message>
    <message>
        <source>None left: all handed out.</source>
        <translation>None left: all handed out.</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>{count} left</translation>
    </message>
</context>
<context>
    <name>ShopScreen</name>
    <message>
        <source>Scan your card to reserve something.</source>
        <translation>Scan your card to reserve something.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Buy it at the counter: {price}.</source>
        <translation>Buy it at the counter: {price}.</translation>
    </message>
    <message>
        <source>{title} is reserved for you until {when}. Collect it at the counter.</source>
        <translation>{title} is reserved for you until {when}. Collect it at the counter.</translation>
    </message>
    <message>
        <source>Looking for:</source>
        <translation>Looking for:</translation>
    </message>
    <message>
        <source>Giveaway shop</source>
        <translation>Giveaway shop</translation>
    </message>
    <message>
        <source>My things</source>
        <translation>My things</translation>
    </message>
    <message>
        <source>Everything here is free to take, unless it has a price. Tap a shelf to see what is on it.</source>
        <translation>Everything here is free to take, unless it has a price. Tap a shelf to see what is on it.</translation>
    </message>
    <message>
        <source>Nothing on this shelf just now. Come back another day!</source>
        <translation>Nothing on this shelf just now. Come back another day!</translation>
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
        <source>Reserve it for me</source>
        <translation>Reserve it for me</translation>
    </message>
    <message>
        <source>Reserved for you</source>
        <translation>Reserved for you</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>Back to the shop</translation>
    </message>
    <message>
        <source>{name}, tap a thing to reserve it.</source>
        <translation>{name}, tap a thing to reserve it.</translation>
    </message>
    <message>
        <source>Made by a neighbour · {price}</source>
        <translation>Made by a neighbour · {price}</translation>
    </message>
    <message>
        <source>{condition} · {price}</source>
        <translation>{condition} · {price}</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>{count} left</translation>
    </message>
    <message>
        <source>You reserved it. Collect it at the counter before {when}.</source>
        <translation>You reserved it. Collect it at the counter before {when}.</translation>
    </message>
    <message>
        <source>Someone else has it now.</source>
        <translation>Someone else has it now.</translation>
    </message>
    <message>
        <source>We keep it for you at the counter for a few days.</source>
        <translation>We keep it for you at the counter for a few days.</translation>
    </message>
    <message>
        <source>It goes back on the shelf.</source>
        <translation>It goes back on the shelf.</translation>
    </message>
    <message>
        <source>Taken off your wanted list.</source>
        <translation>Taken off your wanted list.</translation>
    </message>
    <message>
        <source>On your wanted list. When it comes in, we tell you the next time you scan your card.</source>
        <translation>On your wanted list. When it comes in, we tell you the next time you scan your card.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>A few words (you may leave this empty)</source>
        <translation>A few words (you may leave this empty)</translation>
    </message>
    <message>
        <source>I am looking for ...</source>
        <translation>I am looking for ...</translation>
    </message>
    <message>
        <source>Nothing reserved.</source>
        <translation>Nothing reserved.</translation>
    </message>
    <message>
        <source>I don't want it</source>
        <translation>I don't want it</translation>
    </message>
    <message>
        <source>Collect it at the counter before {when}</source>
        <translation>Collect it at the counter before {when}</translation>
    </message>
    <message>
        <source>What you are looking for</source>
        <translation>What you are looking for</translation>
    </message>
    <message>
        <source>Nothing yet. Tell us what you are looking for: when it comes in, we tell you the next time you scan your card.</source>
        <translation>Nothing yet. Tell us what you are looking for: when it comes in, we tell you the next time you scan your card.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>What are you looking for?</translation>
    </message>
    <message>
        <source>Tap where it would be:</source>
        <translation>Tap where it would be:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>To the shop</source>
        <translation>To the shop</translation>
    </message>
    <message>
        <source>Something you were looking for came in: {title}</source>
        <translation>Something you were looking for came in: {title}</translation>
    </message>
    <message>
        <source>Things you were looking for came in!</source>
        <translation>Things you were looking for came in!</translation>
    </message>
    <message>
        <source>Look at it</source>
        <translation>Look at it</translation>
    </message>
    <message>
        <source>You asked for: {what}</source>
        <translation>You asked for: {what}</translation>
    </message>
    <message>
        <source>{count} on the shelf</source>
        <translation>{count} on the shelf</translation>
    </message>
    <message>
        <source>Empty just now</source>
        <translation>Empty just now</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <source>Close Trefpuntje</source>
        <translation>Close Trefpuntje</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Meal pick-up</source>
        <translation>Meal pick-up</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Find a member by name</source>
        <translation>Find a member by name</translation>
    </message>
    <message>
        <source>Search by first name</source>
        <translation>Search by first name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Staff mode: {name}</source>
        <translation>Staff mode: {name}</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: {field}</source>
        <translation>Less: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>More: {field}</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>Name of the task</source>
        <translation>Name of the task</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Add as a new task</source>
        <translation>Add as a new task</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <source>Back to the roster</source>
        <translation>Back to the roster</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>No longer in use</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (no longer in use)</translation>
    </message>
    <message>
        <source>New task: {name}.</source>
        <translation>New task: {name}.</translation>
    </message>
    <message>
        <source>Saved: {name}. Its hours stay with it.</source>
        <translation>Saved: {name}. Its hours stay with it.</translation>
    </message>
    <message>
        <source>Tap once more to retire {name}. Its hours stay counted.</source>
        <translation>Tap once more to retire {name}. Its hours stay counted.</translation>
    </message>
    <message>
        <source>{name} is no longer in use. Its hours stay counted.</source>
        <translation>{name} is no longer in use. Its hours stay counted.</translation>
    </message>
</context>
<context>
    <name>TillAdmin</name>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>Go to the till</source>
        <translation>Go to the till</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>X report (so far)</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Mistake</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <source>Wrong payment</source>
        <translation>Wrong payment</translation>
    </message>
    <message>
        <source>Take back a sale</source>
        <translation>Take back a sale</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Close the till</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Print (receipt roll)</source>
        <translation>Print (receipt roll)</translation>
    </message>
    <message>
        <source>Print (A4)</source>
        <translation>Print (A4)</translation>
    </message>
    <message>
        <source>Which sale?</source>
        <translation>Which sale?</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Recent sales</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Void (a mistake)</source>
        <translation>Void (a mistake)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>The till is closed.</source>
        <translation>The till is closed.</translation>
    </message>
    <message>
        <source>Open since {time} (session {number}), opened by {name}.
Float {float}; {sales} sales; expected in the drawer: {expected}.</source>
        <translation>Open since {time} (session {number}), opened by {name}.
Float {float}; {sales} sales; expected in the drawer: {expected}.</translation>
    </message>
    <message>
        <source>Count the float you put in the drawer:</source>
        <translation>Count the float you put in the drawer:</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer:</source>
        <translation>Count all the cash in the drawer:</translation>
    </message>
    <message>
        <source>Type the amount you counted.</source>
        <translation>Type the amount you counted.</translation>
    </message>
    <message>
        <source>The till is open. Float: {float}.</source>
        <translation>The till is open. Float: {float}.</translation>
    </message>
    <message>
        <source>Z report {number}: the till is closed</source>
        <translation>Z report {number}: the till is closed</translation>
    </message>
    <message>
        <source>Expected in the drawer: {amount}</source>
        <translation>Expected in the drawer: {amount}</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Counted: {amount}</translation>
    </message>
    <message>
        <source>Over: {amount}</source>
        <translation>Over: {amount}</translation>
    </message>
    <message>
        <source>Short: {amount}</source>
        <translation>Short: {amount}</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>Difference: {amount}</translation>
    </message>
    <message>
        <source>Sales: {count}, total {amount}</source>
        <translation>Sales: {count}, total {amount}</translation>
    </message>
    <message>
        <source>Voids and refunds: {count}</source>
        <translation>Voids and refunds: {count}</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>Sending to the printer...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>First tap the sale to take back.</source>
        <translation>First tap the sale to take back.</translation>
    </message>
    <message>
        <source>Recorded as {number}. Give back {amount} in cash.</source>
        <translation>Recorded as {number}. Give back {amount} in cash.</translation>
    </message>
    <message>
        <source>Recorded as {number}.</source>
        <translation>Recorded as {number}.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>coffee card</source>
        <translation>coffee card</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>Undo last sale</source>
        <translation>Undo last sale</translation>
    </message>
    <message>
        <source>Other customer</source>
        <translation>Other customer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Coffee card</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>Paid on the card terminal</translation>
    </message>
    <message>
        <source>Scan the card</source>
        <translation>Scan the card</translation>
    </message>
    <message>
        <source>Pay in cash</source>
        <translation>Pay in cash</translation>
    </message>
    <message>
        <source>Why is it free?</source>
        <translation>Why is it free?</translation>
    </message>
    <message>
        <source>Yes, take it back</source>
        <translation>Yes, take it back</translation>
    </message>
    <message>
        <source>The till is closed</source>
        <translation>The till is closed</translation>
    </message>
    <message>
        <source>To sell, a coordinator opens the till in staff mode and counts the float into the drawer.</source>
        <translation>To sell, a coordinator opens the till in staff mode and counts the float into the drawer.</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>Coffee card? Scan it.</source>
        <translation>Coffee card? Scan it.</translation>
    </message>
    <message>
        <source>{name}: {strips} strips on the coffee card</source>
        <translation>{name}: {strips} strips on the coffee card</translation>
    </message>
    <message>
        <source>Last sale {number}: {amount}, {payment}</source>
        <translation>Last sale {number}: {amount}, {payment}</translation>
    </message>
    <message>
        <source>Scan the card of the person the coffee card is for.</source>
        <translation>Scan the card of the person the coffee card is for.</translation>
    </message>
    <message>
        <source>Scan the coffee card now.</source>
        <translation>Scan the coffee card now.</translation>
    </message>
    <message>
        <source>Let the customer pay {amount} on the card terminal.</source>
        <translation>Let the customer pay {amount} on the card terminal.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>Sale {number} paid in cash: {due}.</source>
        <translation>Sale {number} paid in cash: {due}.</translation>
    </message>
    <message>
        <source>Paid with the coffee card</source>
        <translation>Paid with the coffee card</translation>
    </message>
    <message>
        <source>1 strip</source>
        <translation>1 strip</translation>
    </message>
    <message>
        <source>{strips} strips</source>
        <translation>{strips} strips</translation>
    </message>
    <message>
        <source>{name}: {left} strips left.</source>
        <translation>{name}: {left} strips left.</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Sale {number}.</source>
        <translation>Sale {number}.</translation>
    </message>
    <message>
        <source>Sale {number} recorded as free.</source>
        <translation>Sale {number} recorded as free.</translation>
    </message>
    <message>
        <source>{name}: {left} strips on the coffee card.</source>
        <translation>{name}: {left} strips on the coffee card.</translation>
    </message>
    <message>
        <source>Printing the receipt...</source>
        <translation>Printing the receipt...</translation>
    </message>
    <message>
        <source>Receipt sent to the printer (job {job}).</source>
        <translation>Receipt sent to the printer (job {job}).</translation>
    </message>
    <message>
        <source>Take back sale {number}? Give back {amount} in cash.</source>
        <translation>Take back sale {number}? Give back {amount} in cash.</translation>
    </message>
    <message>
        <source>Take back sale {number} ({amount}, {payment})?</source>
        <translation>Take back sale {number} ({amount}, {payment})?</translation>
    </message>
    <message>
        <source>Sale taken back. Give back {amount}.</source>
        <translation>Sale taken back. Give back {amount}.</translation>
    </message>
    <message>
        <source>Sale taken back.</source>
        <translation>Sale taken back.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>To pay: {due} (rounded from {total})</source>
        <translation>To pay: {due} (rounded from {total})</translation>
    </message>
    <message>
        <source>To pay: {due}</source>
        <translation>To pay: {due}</translation>
    </message>
    <message>
        <source>Tap the notes received, or type the amount.</source>
        <translation>Tap the notes received, or type the amount.</translation>
    </message>
    <message>
        <source>That is more than the till accepts. Check the amount.</source>
        <translation>That is more than the till accepts. Check the amount.</translation>
    </message>
    <message>
        <source>{missing} is missing</source>
        <translation>{missing} is missing</translation>
    </message>
    <message>
        <source>Change: {change}</source>
        <translation>Change: {change}</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Next customer</translation>
    </message>
</context>
<context>
    <name>TypingPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Card not recognised. Ask a volunteer for help.</source>
        <translation>Card not recognised. Ask a volunteer for help.</translation>
    </message>
    <message>
        <source>Card not recognised. Hold it still and try again.</source>
        <translation>Card not recognised. Hold it still and try again.</translation>
    </message>
    <message>
        <source>This card has been replaced. Please use your new card.</source>
        <translation>This card has been replaced. Please use your new card.</translation>
    </message>
    <message>
        <source>First answer the question on the screen, then scan again.</source>
        <translation>First answer the question on the screen, then scan again.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
    <message>
        <source>You are checked in for {title}.</source>
        <translation>You are checked in for {title}.</translation>
    </message>
    <message>
        <source>You were already checked in for {title}.</source>
        <translation>You were already checked in for {title}.</translation>
    </message>
    <message>
        <source>You can sign up now. A volunteer will give you your card.</source>
        <translation>You can sign up now. A volunteer will give you your card.</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Add hours afterwards</source>
        <translation>Add hours afterwards</translation>
    </message>
    <message>
        <source>Hours given afterwards</source>
        <translation>Hours given afterwards</translation>
    </message>
    <message>
        <source>A coordinator approves them. Pick the task, the day, the start and how long.</source>
        <translation>A coordinator approves them. Pick the task, the day, the start and how long.</translation>
    </message>
    <message>
        <source>Earlier or shorter</source>
        <translation>Earlier or shorter</translation>
    </message>
    <message>
        <source>Later or longer</source>
        <translation>Later or longer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <source>Volunteering today? Scan your card to start or stop.</source>
        <translation>Volunteering today? Scan your card to start or stop.</translation>
    </message>
    <message>
        <source>{name}, would you like to help too? Ask a coordinator: everyone is welcome.</source>
        <translation>{name}, would you like to help too? Ask a coordinator: everyone is welcome.</translation>
    </message>
    <message>
        <source>{name}, you started {task} at {time}.</source>
        <translation>{name}, you started {task} at {time}.</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Stop now</translation>
    </message>
    <message>
        <source>{name}, which task do you start?</source>
        <translation>{name}, which task do you start?</translation>
    </message>
    <message>
        <source>Your next shifts</source>
        <translation>Your next shifts</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>None planned.</translation>
    </message>
    <message>
        <source>Open shifts: sign up</source>
        <translation>Open shifts: sign up</translation>
    </message>
    <message>
        <source>Started: {task}. Thank you!</source>
        <translation>Started: {task}. Thank you!</translation>
    </message>
    <message>
        <source>Stopped: {task}, {hours}:{minutes:02d} hours. Thank you!</source>
        <translation>Stopped: {task}, {hours}:{minutes:02d} hours. Thank you!</translation>
    </message>
    <message>
        <source>You are on the roster: {shift}</source>
        <translation>You are on the roster: {shift}</translation>
    </message>
    <message>
        <source>From {time}</source>
        <translation>From {time}</translation>
    </message>
    <message>
        <source>For {hours}:{minutes:02d} hours</source>
        <translation>For {hours}:{minutes:02d} hours</translation>
    </message>
    <message>
        <source>Thank you! A coordinator will approve these hours.</source>
        <translation>Thank you! A coordinator will approve these hours.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The old data was copied to {path}.</source>
        <translation>The old data was copied to {path}.</translation>
    </message>
    <message>
        <source>Demo data is ready: {counts}.</source>
        <translation>Demo data is ready: {counts}.</translation>
    </message>
    <message>
        <source>Demo coordinator PIN: {pin}</source>
        <translation>Demo coordinator PIN: {pin}</translation>
    </message>
    <message>
        <source>First name of the coordinator: </source>
        <translation>First name of the coordinator: </translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation>PIN (4 to 8 digits): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <source>Coordinator {name} can now open staff mode with the PIN.</source>
        <translation>Coordinator {name} can now open staff mode with the PIN.</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation>Backup saved and checked: {path}</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in {path}.</source>
        <translation>Restored. The database as it was is kept in {path}.</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integrity: {result}</translation>
    </message>
    <message>
        <source>Schema: {revision} (newest {newest})</source>
        <translation>Schema: {revision} (newest {newest})</translation>
    </message>
    <message>
        <source>Lockouts lifted: {count}.</source>
        <translation>Lockouts lifted: {count}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
    <message>
        <source>The member's personal data has been erased.</source>
        <translation>The member's personal data has been erased.</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>The database is up to date.</translation>
    </message>
    <message>
        <source>Upgraded from schema {old}; the old database was copied to {path}.</source>
        <translation>Upgraded from schema {old}; the old database was copied to {path}.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>sign-ups</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>check-ins</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
    <message>
        <source>Together: {hours} hours by {count} volunteers.</source>
        <translation>Together: {hours} hours by {count} volunteers.</translation>
    </message>
    <message>
        <source>Visitors who also volunteer or cook: {count} of {visitors} ({percent}%).</source>
        <translation>Visitors who also volunteer or cook: {count} of {visitors} ({percent}%).</translation>
    </message>
    <message>
        <source>Waiting for approval: {waiting}; forgotten clock-outs to correct: {flagged}.</source>
        <translation>Waiting for approval: {waiting}; forgotten clock-outs to correct: {flagged}.</translation>
    </message>
    <message>
        <source>The allowance caps for {year} are not set; those of {figures} are used. Check them and set them: trefpuntje hours caps {year} ...</source>
        <translation>The allowance caps for {year} are not set; those of {figures} are used. Check them and set them: trefpuntje hours caps {year} ...</translation>
    </message>
    <message>
        <source>Allowance of {name}: {amount} against the cap of {cap} ({kind}{month}): {level}.</source>
        <translation>Allowance of {name}: {amount} against the cap of {cap} ({kind}{month}): {level}.</translation>
    </message>
    <message>
        <source>Tax-free allowance caps {year}: {hour} an hour ({young} under 21), {month} a month, {whole} a year.</source>
        <translation>Tax-free allowance caps {year}: {hour} an hour ({young} under 21), {month} a month, {whole} a year.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Not set for {year}: these are the figures of {figures}.</source>
        <translation>Not set for {year}: these are the figures of {figures}.</translation>
    </message>
    <message>
        <source>Sent to printer {printer} (job {job}).</source>
        <translation>Sent to printer {printer} (job {job}).</translation>
    </message>
    <message>
        <source>New card for {name}; an earlier card no longer works.</source>
        <translation>New card for {name}; an earlier card no longer works.</translation>
    </message>
    <message>
        <source>Every member already has a printed card. Nothing was printed.</source>
        <translation>Every member already has a printed card. Nothing was printed.</translation>
    </message>
    <message>
        <source>New cards: {count}.</source>
        <translation>New cards: {count}.</translation>
    </message>
    <message>
        <source>{count} records, together {total}.</source>
        <translation>{count} records, together {total}.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>Today's backup is saved and checked: {path}</source>
        <translation>Today's backup is saved and checked: {path}</translation>
    </message>
    <message>
        <source>Backups kept: {kept}; older ones removed: {removed}.</source>
        <translation>Backups kept: {kept}; older ones removed: {removed}.</translation>
    </message>
    <message>
        <source>Today's backup was already made: {path}</source>
        <translation>Today's backup was already made: {path}</translation>
    </message>
    <message>
        <source>The backup failed: {message}</source>
        <translation>The backup failed: {message}</translation>
    </message>
    <message>
        <source>Check-ins from before {day} no longer name anyone; changed now: {count}.</source>
        <translation>Check-ins from before {day} no longer name anyone; changed now: {count}.</translation>
    </message>
    <message>
        <source>Visitors not seen since {day}, for a coordinator to consider: {count} (trefpuntje member inactive).</source>
        <translation>Visitors not seen since {day}, for a coordinator to consider: {count} (trefpuntje member inactive).</translation>
    </message>
    <message>
        <source>Meal orders not collected in time, recorded now: {count}; allergy data of past meals removed now: {purged}.</source>
        <translation>Meal orders not collected in time, recorded now: {count}; allergy data of past meals removed now: {purged}.</translation>
    </message>
    <message>
        <source>Shop reservations that ran out, back on the shelf now: {count}.</source>
        <translation>Shop reservations that ran out, back on the shelf now: {count}.</translation>
    </message>
    <message>
        <source>No inactive visitors.</source>
        <translation>No inactive visitors.</translation>
    </message>
    <message>
        <source>Copied {rows} rows into {url}; every table was checked and matches. Point every terminal at it with --database-url or TREFPUNTJE_DATABASE_URL.</source>
        <translation>Copied {rows} rows into {url}; every table was checked and matches. Point every terminal at it with --database-url or TREFPUNTJE_DATABASE_URL.</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>shifts</translation>
    </message>
    <message>
        <source>hour entries</source>
        <translation>hour entries</translation>
    </message>
    <message>
        <source>called off</source>
        <translation>called off</translation>
    </message>
    <message>
        <source>{left} of {portions} left</source>
        <translation>{left} of {portions} left</translation>
    </message>
    <message>
        <source>No meals on offer.</source>
        <translation>No meals on offer.</translation>
    </message>
    <message>
        <source>Contributions collected in {month}, to pay to the cooks:</source>
        <translation>Contributions collected in {month}, to pay to the cooks:</translation>
    </message>
    <message>
        <source>{meals} meals, {portions} portions collected</source>
        <translation>{meals} meals, {portions} portions collected</translation>
    </message>
    <message>
        <source>Together: {total}.</source>
        <translation>Together: {total}.</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>meals</translation>
    </message>
    <message>
        <source>meal orders</source>
        <translation>meal orders</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(command line)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>No items.</translation>
    </message>
    <message>
        <source>Taken in as {code}: {title}. Print its label with: trefpuntje print label {code} -o label.pdf</source>
        <translation>Taken in as {code}: {title}. Print its label with: trefpuntje print label {code} -o label.pdf</translation>
    </message>
    <message>
        <source>Saved: {code} {title}, {on_shelf} of {quantity} on the shelf.</source>
        <translation>Saved: {code} {title}, {on_shelf} of {quantity} on the shelf.</translation>
    </message>
    <message>
        <source>On the shelf for more than {weeks} weeks: {count}.</source>
        <translation>On the shelf for more than {weeks} weeks: {count}.</translation>
    </message>
    <message>
        <source>Clear them with: trefpuntje shop clear CODE ... --to kringloop</source>
        <translation>Clear them with: trefpuntje shop clear CODE ... --to kringloop</translation>
    </message>
    <message>
        <source>Cleared: {count} of {asked} (an item already gone is skipped).</source>
        <translation>Cleared: {count} of {asked} (an item already gone is skipped).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>{limit} a week</source>
        <translation>{limit} a week</translation>
    </message>
    <message>
        <source>{count} on the shelf</source>
        <translation>{count} on the shelf</translation>
    </message>
    <message>
        <source>Labels: {codes}.</source>
        <translation>Labels: {codes}.</translation>
    </message>
    <message>
        <source>shop items</source>
        <translation>shop items</translation>
    </message>
    <message>
        <source>shop hand-outs</source>
        <translation>shop hand-outs</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two PINs differ. Nothing was saved.</source>
        <translation>The two PINs differ. Nothing was saved.</translation>
    </message>
    <message>
        <source>This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore.</source>
        <translation>This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore.</translation>
    </message>
    <message>
        <source>{text} is not a week; write it like 2026-W49.</source>
        <translation>{text} is not a week; write it like 2026-W49.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>An activity needs a title.</translation>
    </message>
    <message>
        <source>A title can be at most {limit} characters.</source>
        <translation>A title can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The number of places must be at least 1, or no limit.</source>
        <translation>The number of places must be at least 1, or no limit.</translation>
    </message>
    <message>
        <source>An activity lasts at least one minute.</source>
        <translation>An activity lasts at least one minute.</translation>
    </message>
    <message>
        <source>An activity lasts at most {limit} minutes.</source>
        <translation>An activity lasts at most {limit} minutes.</translation>
    </message>
    <message>
        <source>The number of places can be at most {limit}, or no limit.</source>
        <translation>The number of places can be at most {limit}, or no limit.</translation>
    </message>
    <message>
        <source>A place can be at most {limit} characters.</source>
        <translation>A place can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>An activity cannot end before it starts.</translation>
    </message>
    <message>
        <source>That date has passed. Choose today or a later day.</source>
        <translation>That date has passed. Choose today or a later day.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <source>This session is over; it can no longer be changed.</source>
        <translation>This session is over; it can no longer be changed.</translation>
    </message>
    <message>
        <source>{count} people have already signed up; the places cannot go below that.</source>
        <translation>{count} people have already signed up; the places cannot go below that.</translation>
    </message>
    <message>
        <source>This database already holds data. Nothing was changed. Use --force to delete everything and start afresh with demo data.</source>
        <translation>This database already holds data. Nothing was changed. Use --force to delete everything and start afresh with demo data.</translation>
    </message>
    <message>
        <source>A last name can be at most {limit} characters.</source>
        <translation>A last name can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>A phone number can be at most {limit} characters.</source>
        <translation>A phone number can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>An e-mail address can be at most {limit} characters.</source>
        <translation>An e-mail address can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>A postcode can be at most {limit} characters.</source>
        <translation>A postcode can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>A birth year band can be at most {limit} characters.</source>
        <translation>A birth year band can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The languages can be at most {limit} characters.</source>
        <translation>The languages can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>A first name is needed.</source>
        <translation>A first name is needed.</translation>
    </message>
    <message>
        <source>A first name can be at most {limit} characters.</source>
        <translation>A first name can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Choose one of: {choices}.</source>
        <translation>Unknown role {role}. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation>No member with id {id}.</translation>
    </message>
    <message>
        <source>This is the last coordinator. Make someone else coordinator first; nothing was changed.</source>
        <translation>This is the last coordinator. Make someone else coordinator first; nothing was changed.</translation>
    </message>
    <message>
        <source>{id} is not a member id.</source>
        <translation>{id} is not a member id.</translation>
    </message>
    <message>
        <source>Unknown setting {key}. Known settings: {known}.</source>
        <translation>Unknown setting {key}. Known settings: {known}.</translation>
    </message>
    <message>
        <source>{value} is not a valid value for {key} ({help}).</source>
        <translation>{value} is not a valid value for {key} ({help}).</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>A staff PIN is for volunteers, staff and coordinators.</source>
        <translation>A staff PIN is for volunteers, staff and coordinators.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje database (it is not an SQLite file).</source>
        <translation>{path} is not a Trefpuntje database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>The database {path} cannot be written. Check its permissions.</source>
        <translation>The database {path} cannot be written. Check its permissions.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created. Choose another place with --db.</source>
        <translation>The folder {path} cannot be created. Choose another place with --db.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written. Choose another place with --db.</source>
        <translation>The folder {path} cannot be written. Choose another place with --db.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>The backup did not check out ({detail}). Nothing was saved.</source>
        <translation>The backup did not check out ({detail}). Nothing was saved.</translation>
    </message>
    <message>
        <source>There is no room for the backup in {folder}. Nothing was saved there; make room or choose another folder.</source>
        <translation>There is no room for the backup in {folder}. Nothing was saved there; make room or choose another folder.</translation>
    </message>
    <message>
        <source>The backup could not be written: {detail}</source>
        <translation>The backup could not be written: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje backup.</source>
        <translation>{path} is not a Trefpuntje backup.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore a backup.</source>
        <translation>The database {path} is damaged ({detail}). Restore a backup.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Trefpuntje (schema {revision}). Install the newer version; the database was left untouched.</source>
        <translation>This database was written by a newer version of Trefpuntje (schema {revision}). Install the newer version; the database was left untouched.</translation>
    </message>
    <message>
        <source>{url} holds tables that are not Trefpuntje's. It was left untouched.</source>
        <translation>{url} holds tables that are not Trefpuntje's. It was left untouched.</translation>
    </message>
    <message>
        <source>The centre's database server cannot be reached ({detail}). Check the network and that the server is running, then start again.</source>
        <translation>The centre's database server cannot be reached ({detail}). Check the network and that the server is running, then start again.</translation>
    </message>
    <message>
        <source>The database cannot be opened: {detail}</source>
        <translation>The database cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed. For PostgreSQL: pip install 'trefpuntje[postgres]'.</source>
        <translation>The database driver {driver} is not installed. For PostgreSQL: pip install 'trefpuntje[postgres]'.</translation>
    </message>
    <message>
        <source>{url} is not a database address ({detail}).</source>
        <translation>{url} is not a database address ({detail}).</translation>
    </message>
    <message>
        <source>The upgrade would break links between records: {detail}</source>
        <translation>The upgrade would break links between records: {detail}</translation>
    </message>
    <message>
        <source>This activity has been cancelled.</source>
        <translation>This activity has been cancelled.</translation>
    </message>
    <message>
        <source>Checking in is possible from half an hour before the start until the end.</source>
        <translation>Checking in is possible from half an hour before the start until the end.</translation>
    </message>
    <message>
        <source>No-shows can be marked once the activity has begun.</source>
        <translation>No-shows can be marked once the activity has begun.</translation>
    </message>
    <message>
        <source>This activity has already started; signing up is closed.</source>
        <translation>This activity has already started; signing up is closed.</translation>
    </message>
    <message>
        <source>No need to sign up for this one: just come along.</source>
        <translation>No need to sign up for this one: just come along.</translation>
    </message>
    <message>
        <source>You are already signed up for this.</source>
        <translation>You are already signed up for this.</translation>
    </message>
    <message>
        <source>You were not signed up for this.</source>
        <translation>You were not signed up for this.</translation>
    </message>
    <message>
        <source>This activity has already started; it cannot be cancelled now.</source>
        <translation>This activity has already started; it cannot be cancelled now.</translation>
    </message>
    <message>
        <source>Say where the pages should go: -o FILE, --to-printer or --printer NAME.</source>
        <translation>Say where the pages should go: -o FILE, --to-printer or --printer NAME.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Give all four caps: --per-hour, --per-hour-under-21, --per-month and --per-year.</source>
        <translation>Give all four caps: --per-hour, --per-hour-under-21, --per-month and --per-year.</translation>
    </message>
    <message>
        <source>There is no default printer. Name a printer, or make one the default in the printer settings.</source>
        <translation>There is no default printer. Name a printer, or make one the default in the printer settings.</translation>
    </message>
    <message>
        <source>There is no printer called {printer}.</source>
        <translation>There is no printer called {printer}.</translation>
    </message>
    <message>
        <source>Printing is not possible: this computer has no print system (CUPS). Ask for it to be installed.</source>
        <translation>Printing is not possible: this computer has no print system (CUPS). Ask for it to be installed.</translation>
    </message>
    <message>
        <source>Printing is not possible: the print system (CUPS) is not running. Restarting the computer usually helps.</source>
        <translation>Printing is not possible: the print system (CUPS) is not running. Restarting the computer usually helps.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>The printer {printer} did not take the job: {reason}</translation>
    </message>
    <message>
        <source>Name one till session: its id, or --last for the most recent closed one.</source>
        <translation>Name one till session: its id, or --last for the most recent closed one.</translation>
    </message>
    <message>
        <source>{amount} cannot be right for the cash drawer. Count again.</source>
        <translation>{amount} cannot be right for the cash drawer. Count again.</translation>
    </message>
    <message>
        <source>The till is already open (session {number}).</source>
        <translation>The till is already open (session {number}).</translation>
    </message>
    <message>
        <source>No till session with id {id}.</source>
        <translation>No till session with id {id}.</translation>
    </message>
    <message>
        <source>This till session is already closed (Z report {z_number}).</source>
        <translation>This till session is already closed (Z report {z_number}).</translation>
    </message>
    <message>
        <source>Another till recorded something at the same moment. Nothing was saved; please try again.</source>
        <translation>Another till recorded something at the same moment. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <source>A quantity is between 1 and {limit}.</source>
        <translation>A quantity is between 1 and {limit}.</translation>
    </message>
    <message>
        <source>Nothing to sell yet: tap a product first.</source>
        <translation>Nothing to sell yet: tap a product first.</translation>
    </message>
    <message>
        <source>{name} is no longer sold.</source>
        <translation>{name} is no longer sold.</translation>
    </message>
    <message>
        <source>A coffee card is for a member: scan their card first.</source>
        <translation>A coffee card is for a member: scan their card first.</translation>
    </message>
    <message>
        <source>A coffee card is paid in cash or by card.</source>
        <translation>A coffee card is paid in cash or by card.</translation>
    </message>
    <message>
        <source>To pay with strips, scan the coffee card first.</source>
        <translation>To pay with strips, scan the coffee card first.</translation>
    </message>
    <message>
        <source>{name} cannot be paid with strips. Pay in cash or by card.</source>
        <translation>{name} cannot be paid with strips. Pay in cash or by card.</translation>
    </message>
    <message>
        <source>There are no strips left on this coffee card. Pay in cash or by card, or buy a new card.</source>
        <translation>There are no strips left on this coffee card. Pay in cash or by card, or buy a new card.</translation>
    </message>
    <message>
        <source>Only {balance} strips are left on this coffee card and this costs {needed}. Pay in cash or by card, or buy a new card.</source>
        <translation>Only {balance} strips are left on this coffee card and this costs {needed}. Pay in cash or by card, or buy a new card.</translation>
    </message>
    <message>
        <source>Say why this is free, for example: volunteer on shift.</source>
        <translation>Say why this is free, for example: volunteer on shift.</translation>
    </message>
    <message>
        <source>{payment} is not a way to pay here.</source>
        <translation>{payment} is not a way to pay here.</translation>
    </message>
    <message>
        <source>Enter the amount of cash received.</source>
        <translation>Enter the amount of cash received.</translation>
    </message>
    <message>
        <source>{received} in cash is more than the till accepts (at most {limit}). Check the amount.</source>
        <translation>{received} in cash is more than the till accepts (at most {limit}). Check the amount.</translation>
    </message>
    <message>
        <source>{missing} is missing: {due} to pay, {received} received.</source>
        <translation>{missing} is missing: {due} to pay, {received} received.</translation>
    </message>
    <message>
        <source>{id} is not a sale id.</source>
        <translation>{id} is not a sale id.</translation>
    </message>
    <message>
        <source>No sale with id {id}.</source>
        <translation>No sale with id {id}.</translation>
    </message>
    <message>
        <source>This is itself a reversal; it cannot be reversed.</source>
        <translation>This is itself a reversal; it cannot be reversed.</translation>
    </message>
    <message>
        <source>This sale has already been taken back.</source>
        <translation>This sale has already been taken back.</translation>
    </message>
    <message>
        <source>The strips of this coffee card have already been used; it cannot be taken back.</source>
        <translation>The strips of this coffee card have already been used; it cannot be taken back.</translation>
    </message>
    <message>
        <source>There is no sale to undo.</source>
        <translation>There is no sale to undo.</translation>
    </message>
    <message>
        <source>The last sale was more than {minutes} minutes ago. A void in staff mode is needed now.</source>
        <translation>The last sale was more than {minutes} minutes ago. A void in staff mode is needed now.</translation>
    </message>
    <message>
        <source>A sale is taken back as a void or a refund.</source>
        <translation>A sale is taken back as a void or a refund.</translation>
    </message>
    <message>
        <source>Say why the sale is taken back.</source>
        <translation>Say why the sale is taken back.</translation>
    </message>
    <message>
        <source>A category is at most {limit} characters.</source>
        <translation>A category is at most {limit} characters.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>A product needs a name.</translation>
    </message>
    <message>
        <source>A product name is at most {limit} characters.</source>
        <translation>A product name is at most {limit} characters.</translation>
    </message>
    <message>
        <source>A price is at least 0 and at most {limit}.</source>
        <translation>A price is at least 0 and at most {limit}.</translation>
    </message>
    <message>
        <source>The VAT rate is 9 or 21 percent.</source>
        <translation>The VAT rate is 9 or 21 percent.</translation>
    </message>
    <message>
        <source>A number of strips is at least 1.</source>
        <translation>A number of strips is at least 1.</translation>
    </message>
    <message>
        <source>A number of strips is at most {limit}.</source>
        <translation>A number of strips is at most {limit}.</translation>
    </message>
    <message>
        <source>A place on the grid is a number up to {limit}.</source>
        <translation>A place on the grid is a number up to {limit}.</translation>
    </message>
    <message>
        <source>No product with id {id}.</source>
        <translation>No product with id {id}.</translation>
    </message>
    <message>
        <source>Till session {number} is still open; its Z report is made when it is closed.</source>
        <translation>Till session {number} is still open; its Z report is made when it is closed.</translation>
    </message>
    <message>
        <source>No till session has been closed yet.</source>
        <translation>No till session has been closed yet.</translation>
    </message>
    <message>
        <source>This is the last coordinator. Make someone else coordinator first; nothing was erased.</source>
        <translation>This is the last coordinator. Make someone else coordinator first; nothing was erased.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached or made. Is the USB stick in?</source>
        <translation>The backup folder {folder} cannot be reached or made. Is the USB stick in?</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Ask a coordinator to make room.</source>
        <translation>The disk is full: nothing was saved. Ask a coordinator to make room.</translation>
    </message>
    <message>
        <source>Another terminal recorded hours at the same moment. Nothing was saved; please try again.</source>
        <translation>Another terminal recorded hours at the same moment. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <source>The end is before the start. Nothing was saved.</source>
        <translation>The end is before the start. Nothing was saved.</translation>
    </message>
    <message>
        <source>Hours last at least one minute. Nothing was saved.</source>
        <translation>Hours last at least one minute. Nothing was saved.</translation>
    </message>
    <message>
        <source>One entry is at most {limit} hours. Nothing was saved.</source>
        <translation>One entry is at most {limit} hours. Nothing was saved.</translation>
    </message>
    <message>
        <source>Hours are added afterwards: this end is still ahead.</source>
        <translation>Hours are added afterwards: this end is still ahead.</translation>
    </message>
    <message>
        <source>These hours overlap with {task} from {start} to {end}. Nothing was saved.</source>
        <translation>These hours overlap with {task} from {start} to {end}. Nothing was saved.</translation>
    </message>
    <message>
        <source>You are already clocked in since {start}. Stop that first.</source>
        <translation>You are already clocked in since {start}. Stop that first.</translation>
    </message>
    <message>
        <source>This shift is for another task.</source>
        <translation>This shift is for another task.</translation>
    </message>
    <message>
        <source>You are not clocked in, so there is nothing to stop.</source>
        <translation>You are not clocked in, so there is nothing to stop.</translation>
    </message>
    <message>
        <source>The stop is before the start. Check this terminal's clock.</source>
        <translation>The stop is before the start. Check this terminal's clock.</translation>
    </message>
    <message>
        <source>A note is at most {limit} characters.</source>
        <translation>A note is at most {limit} characters.</translation>
    </message>
    <message>
        <source>Give either the end or the number of minutes.</source>
        <translation>Give either the end or the number of minutes.</translation>
    </message>
    <message>
        <source>The time is a whole number of minutes.</source>
        <translation>The time is a whole number of minutes.</translation>
    </message>
    <message>
        <source>Hours cannot be negative. Nothing was saved.</source>
        <translation>Hours cannot be negative. Nothing was saved.</translation>
    </message>
    <message>
        <source>An amount in cents is between 0 and {limit}.</source>
        <translation>An amount in cents is between 0 and {limit}.</translation>
    </message>
    <message>
        <source>{year} is not a year we can set caps for.</source>
        <translation>{year} is not a year we can set caps for.</translation>
    </message>
    <message>
        <source>A source is at most {limit} characters.</source>
        <translation>A source is at most {limit} characters.</translation>
    </message>
    <message>
        <source>The cap per month cannot be more than the cap per year.</source>
        <translation>The cap per month cannot be more than the cap per year.</translation>
    </message>
    <message>
        <source>This member's data has been erased.</source>
        <translation>This member's data has been erased.</translation>
    </message>
    <message>
        <source>{name} has no counted hours in {year} yet, so there is no certificate to print.</source>
        <translation>{name} has no counted hours in {year} yet, so there is no certificate to print.</translation>
    </message>
    <message>
        <source>These hours no longer exist.</source>
        <translation>These hours no longer exist.</translation>
    </message>
    <message>
        <source>Someone else approves or corrects your own hours.</source>
        <translation>Someone else approves or corrects your own hours.</translation>
    </message>
    <message>
        <source>Say why: a correction needs a reason.</source>
        <translation>Say why: a correction needs a reason.</translation>
    </message>
    <message>
        <source>A reason is at most {limit} characters.</source>
        <translation>A reason is at most {limit} characters.</translation>
    </message>
    <message>
        <source>These hours are not waiting for approval.</source>
        <translation>These hours are not waiting for approval.</translation>
    </message>
    <message>
        <source>Give the time these hours ended.</source>
        <translation>Give the time these hours ended.</translation>
    </message>
    <message>
        <source>Nothing to correct: the times and the task are the same.</source>
        <translation>Nothing to correct: the times and the task are the same.</translation>
    </message>
    <message>
        <source>These hours were already rejected.</source>
        <translation>These hours were already rejected.</translation>
    </message>
    <message>
        <source>These hours are still running. Correct them with an end instead.</source>
        <translation>These hours are still running. Correct them with an end instead.</translation>
    </message>
    <message>
        <source>Hours are for volunteers and cooks. Ask a coordinator to add you as a volunteer.</source>
        <translation>Hours are for volunteers and cooks. Ask a coordinator to add you as a volunteer.</translation>
    </message>
    <message>
        <source>Only a coordinator or staff member can do this.</source>
        <translation>Only a coordinator or staff member can do this.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>This task no longer exists.</translation>
    </message>
    <message>
        <source>The task {name} is no longer in use.</source>
        <translation>The task {name} is no longer in use.</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>A task needs a name.</translation>
    </message>
    <message>
        <source>A task name is at most {limit} characters.</source>
        <translation>A task name is at most {limit} characters.</translation>
    </message>
    <message>
        <source>Unknown pictogram {name}. Choose one of: {choices}.</source>
        <translation>Unknown pictogram {name}. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>There is already a task called {name}.</source>
        <translation>There is already a task called {name}.</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>This shift no longer exists.</translation>
    </message>
    <message>
        <source>A shift ends after it starts.</source>
        <translation>A shift ends after it starts.</translation>
    </message>
    <message>
        <source>A shift lasts at most {limit} hours.</source>
        <translation>A shift lasts at most {limit} hours.</translation>
    </message>
    <message>
        <source>A shift has between 1 and {limit} places.</source>
        <translation>A shift has between 1 and {limit} places.</translation>
    </message>
    <message>
        <source>More volunteers than places: this shift has {places}.</source>
        <translation>More volunteers than places: this shift has {places}.</translation>
    </message>
    <message>
        <source>{count} volunteers are on this shift; take someone off first.</source>
        <translation>{count} volunteers are on this shift; take someone off first.</translation>
    </message>
    <message>
        <source>{name} is already on another shift at that time.</source>
        <translation>{name} is already on another shift at that time.</translation>
    </message>
    <message>
        <source>This shift has been cancelled.</source>
        <translation>This shift has been cancelled.</translation>
    </message>
    <message>
        <source>{name} is already on this shift.</source>
        <translation>{name} is already on this shift.</translation>
    </message>
    <message>
        <source>This shift is full.</source>
        <translation>This shift is full.</translation>
    </message>
    <message>
        <source>Someone took this place at the same moment. Nothing was saved; please try again.</source>
        <translation>Someone took this place at the same moment. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <source>This volunteer is not on this shift.</source>
        <translation>This volunteer is not on this shift.</translation>
    </message>
    <message>
        <source>This shift has already started.</source>
        <translation>This shift has already started.</translation>
    </message>
    <message>
        <source>This shift has already started. Tell a coordinator instead.</source>
        <translation>This shift has already started. Tell a coordinator instead.</translation>
    </message>
    <message>
        <source>No connection to the centre's database: nothing was saved. Try again in a moment; if it goes on, ask a coordinator to check the network and the database server.</source>
        <translation>No connection to the centre's database: nothing was saved. Try again in a moment; if it goes on, ask a coordinator to check the network and the database server.</translation>
    </message>
    <message>
        <source>The connection broke while saving. It may have been saved: check before you do it again.</source>
        <translation>The connection broke while saving. It may have been saved: check before you do it again.</translation>
    </message>
    <message>
        <source>{url} already holds Trefpuntje data (table {table}). Copy into an empty database only; it was left untouched.</source>
        <translation>{url} already holds Trefpuntje data (table {table}). Copy into an empty database only; it was left untouched.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>The source and the target are the same database.</translation>
    </message>
    <message>
        <source>The two databases have different schemas ({source} and {target}): upgrade both first.</source>
        <translation>The two databases have different schemas ({source} and {target}): upgrade both first.</translation>
    </message>
    <message>
        <source>The target has no table {table}; it was left untouched.</source>
        <translation>The target has no table {table}; it was left untouched.</translation>
    </message>
    <message>
        <source>The copy of table {table} does not match the original ({detail}); nothing was kept.</source>
        <translation>The copy of table {table} does not match the original ({detail}); nothing was kept.</translation>
    </message>
    <message>
        <source>{id} is not a meal id.</source>
        <translation>{id} is not a meal id.</translation>
    </message>
    <message>
        <source>No meal with id {id}.</source>
        <translation>No meal with id {id}.</translation>
    </message>
    <message>
        <source>The photo is empty. Take it again, or leave it out.</source>
        <translation>The photo is empty. Take it again, or leave it out.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {limit} kB).</source>
        <translation>The photo is too large (at most {limit} kB).</translation>
    </message>
    <message>
        <source>A photo is a JPEG or PNG picture.</source>
        <translation>A photo is a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>Ordering must close before the pick-up starts. Choose an earlier ordering deadline.</source>
        <translation>Ordering must close before the pick-up starts. Choose an earlier ordering deadline.</translation>
    </message>
    <message>
        <source>Give the dish a name.</source>
        <translation>Give the dish a name.</translation>
    </message>
    <message>
        <source>A dish name is at most {limit} characters.</source>
        <translation>A dish name is at most {limit} characters.</translation>
    </message>
    <message>
        <source>A description is at most {limit} characters.</source>
        <translation>A description is at most {limit} characters.</translation>
    </message>
    <message>
        <source>Offer at least 1 portion.</source>
        <translation>Offer at least 1 portion.</translation>
    </message>
    <message>
        <source>At most {limit} portions can be offered at once.</source>
        <translation>At most {limit} portions can be offered at once.</translation>
    </message>
    <message>
        <source>A contribution is at least 0 and at most {limit} a portion.</source>
        <translation>A contribution is at least 0 and at most {limit} a portion.</translation>
    </message>
    <message>
        <source>The pick-up time ends before it starts. Check the times.</source>
        <translation>The pick-up time ends before it starts. Check the times.</translation>
    </message>
    <message>
        <source>The ordering deadline has already passed. Choose a later one.</source>
        <translation>The ordering deadline has already passed. Choose a later one.</translation>
    </message>
    <message>
        <source>Unknown allergen {code}. The allergens are: {known}.</source>
        <translation>Unknown allergen {code}. The allergens are: {known}.</translation>
    </message>
    <message>
        <source>Tick the allergens in the dish, or tick "none". A meal cannot be offered without.</source>
        <translation>Tick the allergens in the dish, or tick "none". A meal cannot be offered without.</translation>
    </message>
    <message>
        <source>You ticked "none" and also allergens. Tick only the allergens in the dish, or only "none".</source>
        <translation>You ticked "none" and also allergens. Tick only the allergens in the dish, or only "none".</translation>
    </message>
    <message>
        <source>A dish labelled {diet} cannot contain {allergens}.</source>
        <translation>A dish labelled {diet} cannot contain {allergens}.</translation>
    </message>
    <message>
        <source>Only a neighbour with the cook role can offer a meal.</source>
        <translation>Only a neighbour with the cook role can offer a meal.</translation>
    </message>
    <message>
        <source>Unknown diet label {code}. The labels are: {known}.</source>
        <translation>Unknown diet label {code}. The labels are: {known}.</translation>
    </message>
    <message>
        <source>Each neighbour may order at least 1 portion.</source>
        <translation>Each neighbour may order at least 1 portion.</translation>
    </message>
    <message>
        <source>Confirm the food-safety checklist first.</source>
        <translation>Confirm the food-safety checklist first.</translation>
    </message>
    <message>
        <source>Only the cook or staff can call off a meal.</source>
        <translation>Only the cook or staff can call off a meal.</translation>
    </message>
    <message>
        <source>This meal has already been called off.</source>
        <translation>This meal has already been called off.</translation>
    </message>
    <message>
        <source>This meal is over; it cannot be called off any more.</source>
        <translation>This meal is over; it cannot be called off any more.</translation>
    </message>
    <message>
        <source>Only the neighbour themselves can see or change their allergies and diet.</source>
        <translation>Only the neighbour themselves can see or change their allergies and diet.</translation>
    </message>
    <message>
        <source>This meal has been called off.</source>
        <translation>This meal has been called off.</translation>
    </message>
    <message>
        <source>Ordering for this meal closed at {time}.</source>
        <translation>Ordering for this meal closed at {time}.</translation>
    </message>
    <message>
        <source>Order at least 1 portion.</source>
        <translation>Order at least 1 portion.</translation>
    </message>
    <message>
        <source>One neighbour can order at most {limit} portions of this meal.</source>
        <translation>One neighbour can order at most {limit} portions of this meal.</translation>
    </message>
    <message>
        <source>You are already on the waiting list for this meal.</source>
        <translation>You are already on the waiting list for this meal.</translation>
    </message>
    <message>
        <source>You have already ordered this meal ({portions} portions). To change it, cancel it first.</source>
        <translation>You have already ordered this meal ({portions} portions). To change it, cancel it first.</translation>
    </message>
    <message>
        <source>Careful: this dish contains {allergens}, and you are allergic to it. Order anyway?</source>
        <translation>Careful: this dish contains {allergens}, and you are allergic to it. Order anyway?</translation>
    </message>
    <message>
        <source>This meal is sold out. You can join the waiting list.</source>
        <translation>This meal is sold out. You can join the waiting list.</translation>
    </message>
    <message>
        <source>Only {left} portions are left. Order fewer, or join the waiting list.</source>
        <translation>Only {left} portions are left. Order fewer, or join the waiting list.</translation>
    </message>
    <message>
        <source>This order was just placed at another terminal. Nothing more was saved.</source>
        <translation>This order was just placed at another terminal. Nothing more was saved.</translation>
    </message>
    <message>
        <source>{id} is not an order id.</source>
        <translation>{id} is not an order id.</translation>
    </message>
    <message>
        <source>You have no such order.</source>
        <translation>You have no such order.</translation>
    </message>
    <message>
        <source>This order has already been cancelled or collected.</source>
        <translation>This order has already been cancelled or collected.</translation>
    </message>
    <message>
        <source>Ordering closed at {time}: the order can no longer be cancelled. Please let the cook know.</source>
        <translation>Ordering closed at {time}: the order can no longer be cancelled. Please let the cook know.</translation>
    </message>
    <message>
        <source>{dish} has already been collected.</source>
        <translation>{dish} has already been collected.</translation>
    </message>
    <message>
        <source>This is a place on the waiting list for {dish}, not an order.</source>
        <translation>This is a place on the waiting list for {dish}, not an order.</translation>
    </message>
    <message>
        <source>This order for {dish} was cancelled or not collected in time.</source>
        <translation>This order for {dish} was cancelled or not collected in time.</translation>
    </message>
    <message>
        <source>{dish} can be collected from {time}.</source>
        <translation>{dish} can be collected from {time}.</translation>
    </message>
    <message>
        <source>The pick-up time for {dish} ended at {time}.</source>
        <translation>The pick-up time for {dish} ended at {time}.</translation>
    </message>
    <message>
        <source>The contribution goes to the cook: pay in cash, by card or with a coffee card.</source>
        <translation>The contribution goes to the cook: pay in cash, by card or with a coffee card.</translation>
    </message>
    <message>
        <source>Meals are not paid with coffee-card strips here.</source>
        <translation>Meals are not paid with coffee-card strips here.</translation>
    </message>
    <message>
        <source>Choose the orders to hand out.</source>
        <translation>Choose the orders to hand out.</translation>
    </message>
    <message>
        <source>This neighbour has no such order.</source>
        <translation>This neighbour has no such order.</translation>
    </message>
    <message>
        <source>Choose how the contribution is paid: cash, card or coffee card.</source>
        <translation>Choose how the contribution is paid: cash, card or coffee card.</translation>
    </message>
    <message>
        <source>A month is from 1 to 12.</source>
        <translation>A month is from 1 to 12.</translation>
    </message>
    <message>
        <source>Only the cook of this meal can see who ordered it and their allergies.</source>
        <translation>Only the cook of this meal can see who ordered it and their allergies.</translation>
    </message>
    <message>
        <source>{date} is outside the dates Trefpuntje works with ({first} to {last}). Check the date, or the computer's clock.</source>
        <translation>{date} is outside the dates Trefpuntje works with ({first} to {last}). Check the date, or the computer's clock.</translation>
    </message>
    <message>
        <source>{name} is not a pictogram.</source>
        <translation>{name} is not a pictogram.</translation>
    </message>
    <message>
        <source>This needs a volunteer, a staff member or a coordinator.</source>
        <translation>This needs a volunteer, a staff member or a coordinator.</translation>
    </message>
    <message>
        <source>This needs a staff member or a coordinator.</source>
        <translation>This needs a staff member or a coordinator.</translation>
    </message>
    <message>
        <source>This needs a coordinator.</source>
        <translation>This needs a coordinator.</translation>
    </message>
    <message>
        <source>A number of months is between 1 and {limit}.</source>
        <translation>A number of months is between 1 and {limit}.</translation>
    </message>
    <message>
        <source>The photo file is empty. Take it again, or leave it out.</source>
        <translation>The photo file is empty. Take it again, or leave it out.</translation>
    </message>
    <message>
        <source>The photo file is too large ({size} MB; at most {limit} MB). Take a smaller picture.</source>
        <translation>The photo file is too large ({size} MB; at most {limit} MB). Take a smaller picture.</translation>
    </message>
    <message>
        <source>The photo is too large ({width} x {height} pixels). Take a smaller picture.</source>
        <translation>The photo is too large ({width} x {height} pixels). Take a smaller picture.</translation>
    </message>
    <message>
        <source>This file is not a picture. Choose a photo (JPEG or PNG).</source>
        <translation>This file is not a picture. Choose a photo (JPEG or PNG).</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read. Choose another.</source>
        <translation>This photo is damaged and cannot be read. Choose another.</translation>
    </message>
    <message>
        <source>There is no shop category {code}. Known: {known}.</source>
        <translation>There is no shop category {code}. Known: {known}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>A weekly limit is a number from 1 to 99, or none.</source>
        <translation>A weekly limit is a number from 1 to 99, or none.</translation>
    </message>
    <message>
        <source>Say in a few words what it is (for example: winter coat).</source>
        <translation>Say in a few words what it is (for example: winter coat).</translation>
    </message>
    <message>
        <source>The short description is at most {limit} characters.</source>
        <translation>The short description is at most {limit} characters.</translation>
    </message>
    <message>
        <source>The longer description is at most {limit} characters.</source>
        <translation>The longer description is at most {limit} characters.</translation>
    </message>
    <message>
        <source>The number of items is a whole number from 1 to {limit}.</source>
        <translation>The number of items is a whole number from 1 to {limit}.</translation>
    </message>
    <message>
        <source>A price is from 0 (free) to 1000 euros; it cannot be negative.</source>
        <translation>A price is from 0 (free) to 1000 euros; it cannot be negative.</translation>
    </message>
    <message>
        <source>The condition is one of: {known}.</source>
        <translation>The condition is one of: {known}.</translation>
    </message>
    <message>
        <source>Things neighbours made to sell are taken in as neighbour-made goods, with their maker.</source>
        <translation>Things neighbours made to sell are taken in as neighbour-made goods, with their maker.</translation>
    </message>
    <message>
        <source>Neighbour-made goods are sold: give a price.</source>
        <translation>Neighbour-made goods are sold: give a price.</translation>
    </message>
    <message>
        <source>A commission is a percentage from 0 to 100.</source>
        <translation>A commission is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>No shop item {code}. Check the code on its label.</source>
        <translation>No shop item {code}. Check the code on its label.</translation>
    </message>
    <message>
        <source>A status is one of: {known}.</source>
        <translation>A status is one of: {known}.</translation>
    </message>
    <message>
        <source>A page holds 1 to 100 items.</source>
        <translation>A page holds 1 to 100 items.</translation>
    </message>
    <message>
        <source>Scan the card of the neighbour who takes it.</source>
        <translation>Scan the card of the neighbour who takes it.</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop.</source>
        <translation>{title} was cleared from the shop.</translation>
    </message>
    <message>
        <source>This is more than the fair share ({limit} a week; {taken} taken this week). A staff member may hand it out with a reason.</source>
        <translation>This is more than the fair share ({limit} a week; {taken} taken this week). A staff member may hand it out with a reason.</translation>
    </message>
    <message>
        <source>Only {left} of {title} left on the shelf.</source>
        <translation>Only {left} of {title} left on the shelf.</translation>
    </message>
    <message>
        <source>Choose how it is paid: cash or card.</source>
        <translation>Choose how it is paid: cash or card.</translation>
    </message>
    <message>
        <source>Shop items are paid in cash or by card.</source>
        <translation>Shop items are paid in cash or by card.</translation>
    </message>
    <message>
        <source>Cleared items go to: {known}.</source>
        <translation>Cleared items go to: {known}.</translation>
    </message>
    <message>
        <source>Choose the items to clear.</source>
        <translation>Choose the items to clear.</translation>
    </message>
    <message>
        <source>Give a month as year-month, for example 2026-11.</source>
        <translation>Give a month as year-month, for example 2026-11.</translation>
    </message>
    <message>
        <source>Things neighbours made are bought at the counter, not reserved.</source>
        <translation>Things neighbours made are bought at the counter, not reserved.</translation>
    </message>
    <message>
        <source>You have already reserved {title}.</source>
        <translation>You have already reserved {title}.</translation>
    </message>
    <message>
        <source>You have {count} things reserved, the most at a time. Collect them at the counter first.</source>
        <translation>You have {count} things reserved, the most at a time. Collect them at the counter first.</translation>
    </message>
    <message>
        <source>You have had your share of this this week ({limit} a week). Come back next week.</source>
        <translation>You have had your share of this this week ({limit} a week). Come back next week.</translation>
    </message>
    <message>
        <source>Someone was just ahead of you: {title} is gone.</source>
        <translation>Someone was just ahead of you: {title} is gone.</translation>
    </message>
    <message>
        <source>This reservation is not held (any more).</source>
        <translation>This reservation is not held (any more).</translation>
    </message>
    <message>
        <source>Say it in at most {limit} characters.</source>
        <translation>Say it in at most {limit} characters.</translation>
    </message>
    <message>
        <source>You are already looking for {count} things. Remove one first.</source>
        <translation>You are already looking for {count} things. Remove one first.</translation>
    </message>
    <message>
        <source>This is not on your wanted list (any more).</source>
        <translation>This is not on your wanted list (any more).</translation>
    </message>
    <message>
        <source>Open the till first: the money goes into it.</source>
        <translation>Open the till first: the money goes into it.</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop and is not changed any more.</source>
        <translation>{title} was cleared from the shop and is not changed any more.</translation>
    </message>
    <message>
        <source>Neighbour-made goods stay on their own shelf, and donated things stay off it.</source>
        <translation>Neighbour-made goods stay on their own shelf, and donated things stay off it.</translation>
    </message>
    <message>
        <source>Neighbour-made goods have a maker, not a donor.</source>
        <translation>Neighbour-made goods have a maker, not a donor.</translation>
    </message>
    <message>
        <source>{gone} of {title} were handed out or are held for someone: the number can be {least} at the least.</source>
        <translation>{gone} of {title} were handed out or are held for someone: the number can be {least} at the least.</translation>
    </message>
</context>
<context>
    <name>meals</name>
    <message>
        <source>Cereals with gluten</source>
        <translation>Cereals with gluten</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>Crustaceans</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Eggs</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fish</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Peanuts</translation>
    </message>
    <message>
        <source>Soy</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>Milk (and lactose)</source>
        <translation>Milk (and lactose)</translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation>Nuts</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Celery</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>Mustard</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Sesame</translation>
    </message>
    <message>
        <source>Sulphites</source>
        <translation>Sulphites</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>Lupin</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>Molluscs</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetarian</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>Kosher</translation>
    </message>
    <message>
        <source>No pork</source>
        <translation>No pork</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Gluten-free</translation>
    </message>
    <message>
        <source>Lactose-free</source>
        <translation>Lactose-free</translation>
    </message>
    <message>
        <source>I washed my hands and cooked in a clean kitchen.</source>
        <translation>I washed my hands and cooked in a clean kitchen.</translation>
    </message>
    <message>
        <source>I kept raw meat, fish and eggs apart from the rest.</source>
        <translation>I kept raw meat, fish and eggs apart from the rest.</translation>
    </message>
    <message>
        <source>The food is cooked through, and cooled quickly or kept hot.</source>
        <translation>The food is cooked through, and cooled quickly or kept hot.</translation>
    </message>
    <message>
        <source>It stays in the fridge (7 °C or colder) until I bring it.</source>
        <translation>It stays in the fridge (7 °C or colder) until I bring it.</translation>
    </message>
    <message>
        <source>I am not ill: no stomach flu, no fever.</source>
        <translation>I am not ill: no stomach flu, no fever.</translation>
    </message>
    <message>
        <source>The containers are clean and closed.</source>
        <translation>The containers are clean and closed.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Scan this card at the kiosk</source>
        <translation>Scan this card at the kiosk</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Member cards</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Full, waiting list</source>
        <translation>Full, waiting list</translation>
    </message>
    <message>
        <source>Places left: {n}</source>
        <translation>Places left: {n}</translation>
    </message>
    <message>
        <source>Signed up ({n})</source>
        <translation>Signed up ({n})</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Waiting list ({n})</source>
        <translation>Waiting list ({n})</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>with {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Just walk in</source>
        <translation>Just walk in</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Week {week}</translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation>Staff copy</translation>
    </message>
    <message>
        <source>For staff: this page shows first names. Please do not hang it up.</source>
        <translation>For staff: this page shows first names. Please do not hang it up.</translation>
    </message>
    <message>
        <source>Sign up at the kiosk with your card.</source>
        <translation>Sign up at the kiosk with your card.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Week schedule</source>
        <translation>Week schedule</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nothing planned</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Volunteer on shift</source>
        <translation>Volunteer on shift</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Coffee card</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>VAT {rate}% on {gross} (net {net})</source>
        <translation>VAT {rate}% on {gross} (net {net})</translation>
    </message>
    <message>
        <source>{kind} of receipt {number}</source>
        <translation>{kind} of receipt {number}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>at {price} each</source>
        <translation>at {price} each</translation>
    </message>
    <message>
        <source>strips: {strips}</source>
        <translation>strips: {strips}</translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation>Other tasks</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Volunteer hours {year}</source>
        <translation>Volunteer hours {year}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Hours and minutes (3:30 is three and a half hours), counted in the month the work began.</source>
        <translation>Hours and minutes (3:30 is three and a half hours), counted in the month the work began.</translation>
    </message>
    <message>
        <source>Waiting for a coordinator's approval, not counted yet: {hours}.</source>
        <translation>Waiting for a coordinator's approval, not counted yet: {hours}.</translation>
    </message>
    <message>
        <source>Forgotten clock-outs a coordinator still has to complete: {count}.</source>
        <translation>Forgotten clock-outs a coordinator still has to complete: {count}.</translation>
    </message>
    <message>
        <source>Volunteer allowance: {rate} an hour.</source>
        <translation>Volunteer allowance: {rate} an hour.</translation>
    </message>
    <message>
        <source>Thank you for all you do!</source>
        <translation>Thank you for all you do!</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Made on {day}</translation>
    </message>
    <message>
        <source>Rounded to 5 cents</source>
        <translation>Rounded to 5 cents</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Paid back</translation>
    </message>
    <message>
        <source>Strips used</source>
        <translation>Strips used</translation>
    </message>
    <message>
        <source>Strips given back</source>
        <translation>Strips given back</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Prices include VAT:</source>
        <translation>Prices include VAT:</translation>
    </message>
    <message>
        <source>Thank you, and see you soon!</source>
        <translation>Thank you, and see you soon!</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>Z report {number}</source>
        <translation>Z report {number}</translation>
    </message>
    <message>
        <source>X report (interim, the till is still open)</source>
        <translation>X report (interim, the till is still open)</translation>
    </message>
    <message>
        <source>Till session {number}</source>
        <translation>Till session {number}</translation>
    </message>
    <message>
        <source>Opened {moment} by {name}</source>
        <translation>Opened {moment} by {name}</translation>
    </message>
    <message>
        <source>Closed {moment} by {name}</source>
        <translation>Closed {moment} by {name}</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>Printed {moment}</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Float at opening</source>
        <translation>Float at opening</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation>Cash paid back</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation>Difference: over</translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation>Difference: short</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>Sales per product</translation>
    </message>
    <message>
        <source>(strips: {strips})</source>
        <translation>(strips: {strips})</translation>
    </message>
    <message>
        <source>Sales per payment method</source>
        <translation>Sales per payment method</translation>
    </message>
    <message>
        <source>Strips sold on coffee cards</source>
        <translation>Strips sold on coffee cards</translation>
    </message>
    <message>
        <source>VAT (included in the prices)</source>
        <translation>VAT (included in the prices)</translation>
    </message>
    <message>
        <source>Undone, voided and refunded</source>
        <translation>Undone, voided and refunded</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{kind} of no. {number}, {time}, {method}</source>
        <translation>{kind} of no. {number}, {time}, {method}</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} hours</translation>
    </message>
    <message>
        <source>Thank you, {name}</source>
        <translation>Thank you, {name}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>{centre} thanks</source>
        <translation>{centre} thanks</translation>
    </message>
    <message>
        <source>for {hours} as a volunteer in {year}</source>
        <translation>for {hours} as a volunteer in {year}</translation>
    </message>
    <message>
        <source>Neighbours like you make this place a village square where everyone belongs.</source>
        <translation>Neighbours like you make this place a village square where everyone belongs.</translation>
    </message>
    <message>
        <source>On behalf of {centre}</source>
        <translation>On behalf of {centre}</translation>
    </message>
    <message>
        <source>Cook's sheet · {centre} · cook: {cook}</source>
        <translation>Cook's sheet · {centre} · cook: {cook}</translation>
    </message>
    <message>
        <source>{day}, pick-up from {start} to {end}</source>
        <translation>{day}, pick-up from {start} to {end}</translation>
    </message>
    <message>
        <source>Ordering closes {moment}</source>
        <translation>Ordering closes {moment}</translation>
    </message>
    <message>
        <source>This meal has been called off.</source>
        <translation>This meal has been called off.</translation>
    </message>
    <message>
        <source>Portions ordered</source>
        <translation>Portions ordered</translation>
    </message>
    <message>
        <source>Portions left</source>
        <translation>Portions left</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>{price} a portion; for the portions ordered: {total}</source>
        <translation>{price} a portion; for the portions ordered: {total}</translation>
    </message>
    <message>
        <source>Free: no contribution asked.</source>
        <translation>Free: no contribution asked.</translation>
    </message>
    <message>
        <source>Allergens in the dish: {allergens}</source>
        <translation>Allergens in the dish: {allergens}</translation>
    </message>
    <message>
        <source>Allergens in the dish: none</source>
        <translation>Allergens in the dish: none</translation>
    </message>
    <message>
        <source>Suits: {labels}</source>
        <translation>Suits: {labels}</translation>
    </message>
    <message>
        <source>Allergic to {allergens}, which is in the dish: confirmed when ordering</source>
        <translation>Allergic to {allergens}, which is in the dish: confirmed when ordering</translation>
    </message>
    <message>
        <source>Allergic to {allergens}, which is in the dish: ask them before handing it out</source>
        <translation>Allergic to {allergens}, which is in the dish: ask them before handing it out</translation>
    </message>
    <message>
        <source>Also allergic to {allergens}: keep this portion apart</source>
        <translation>Also allergic to {allergens}: keep this portion apart</translation>
    </message>
    <message>
        <source>Diner</source>
        <translation>Diner</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <source>Allergies that matter</source>
        <translation>Allergies that matter</translation>
    </message>
    <message>
        <source>Who ordered</source>
        <translation>Who ordered</translation>
    </message>
    <message>
        <source>The orders were cancelled with the meal.</source>
        <translation>The orders were cancelled with the meal.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>No orders yet.</translation>
    </message>
    <message>
        <source>The diners' allergies were removed after the meal, to protect their privacy.</source>
        <translation>The diners' allergies were removed after the meal, to protect their privacy.</translation>
    </message>
    <message>
        <source>Food safety: you confirmed on {moment}</source>
        <translation>Food safety: you confirmed on {moment}</translation>
    </message>
    <message>
        <source>Cook's sheet</source>
        <translation>Cook's sheet</translation>
    </message>
    <message>
        <source>This sheet names neighbours and their allergies: keep it to yourself and throw it away after the meal.</source>
        <translation>This sheet names neighbours and their allergies: keep it to yourself and throw it away after the meal.</translation>
    </message>
    <message>
        <source>Shop labels</source>
        <translation>Shop labels</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Commission %</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>For you</translation>
    </message>
    <message>
        <source>Payout for neighbour-made goods, {month}</source>
        <translation>Payout for neighbour-made goods, {month}</translation>
    </message>
    <message>
        <source>Payout {month}</source>
        <translation>Payout {month}</translation>
    </message>
    <message>
        <source>What your work brought in through our till in {month}. The centre keeps the commission; the rest is yours. A sale taken back counts with a minus sign.</source>
        <translation>What your work brought in through our till in {month}. The centre keeps the commission; the rest is yours. A sale taken back counts with a minus sign.</translation>
    </message>
    <message>
        <source>Nothing was sold this month.</source>
        <translation>Nothing was sold this month.</translation>
    </message>
    <message>
        <source>To pay to {name}: {amount}</source>
        <translation>To pay to {name}: {amount}</translation>
    </message>
    <message>
        <source>Received by {name}</source>
        <translation>Received by {name}</translation>
    </message>
    <message>
        <source>Paid on behalf of the centre by</source>
        <translation>Paid on behalf of the centre by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>This is everything 't Trefpuntje holds about you.</source>
        <translation>This is everything 't Trefpuntje holds about you.</translation>
    </message>
    <message>
        <source>We keep your first name and what you choose to give, so we can greet you, sign you up for activities and reach you if you asked us to.</source>
        <translation>We keep your first name and what you choose to give, so we can greet you, sign you up for activities and reach you if you asked us to.</translation>
    </message>
    <message>
        <source>We keep sign-ups and check-ins to run activities and to count how many people come.</source>
        <translation>We keep sign-ups and check-ins to run activities and to count how many people come.</translation>
    </message>
    <message>
        <source>The till keeps every sale and coffee-card strip, as the law on bookkeeping requires; if you ask us to erase your data, these stay, with no name attached.</source>
        <translation>The till keeps every sale and coffee-card strip, as the law on bookkeeping requires; if you ask us to erase your data, these stay, with no name attached.</translation>
    </message>
    <message>
        <source>Allergies and diet are kept only if you want, seen only by you and by the cook of a meal you order; what a cook saw is removed a month after the meal.</source>
        <translation>Allergies and diet are kept only if you want, seen only by you and by the cook of a meal you order; what a cook saw is removed a month after the meal.</translation>
    </message>
    <message>
        <source>As a volunteer, we keep your shifts and the hours you gave, to plan, to thank you and to pay an allowance; if you ask us to erase your data, the hours stay in our totals with no name attached.</source>
        <translation>As a volunteer, we keep your shifts and the hours you gave, to plan, to thank you and to pay an allowance; if you ask us to erase your data, the hours stay in our totals with no name attached.</translation>
    </message>
    <message>
        <source>In the giveaway shop we keep what you reserve, what you are looking for and what you were given, to share fairly, and what you made and sold here, to pay you; if you ask us to erase your data, your reservations and wanted list end and the rest stays in our counts with no name attached.</source>
        <translation>In the giveaway shop we keep what you reserve, what you are looking for and what you were given, to share fairly, and what you made and sold here, to pay you; if you ask us to erase your data, your reservations and wanted list end and the rest stays in our counts with no name attached.</translation>
    </message>
</context>
<context>
    <name>shop</name>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <source>Toys</source>
        <translation>Toys</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Books</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Other things</source>
        <translation>Other things</translation>
    </message>
    <message>
        <source>Made by neighbours</source>
        <translation>Made by neighbours</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>To the kringloop</source>
        <translation>To the kringloop</translation>
    </message>
    <message>
        <source>To recycling</source>
        <translation>To recycling</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
</context>
</TS>
