<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About Trefpuntje {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software for the community space of an inclusive neighbourhood in Nijmegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pictograms designed by OpenMoji, the open-source emoji and icon project. License: CC BY-SA 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy and Alembic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesAdmin</name>
    <message>
        <source>signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present now: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up: {count}, places: {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Activities this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your card to sign up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for the coming days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed up for {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is full. You are on the waiting list, number {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-up is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البداية</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Giveaway shop</source>
        <translation>متجر الأغراض المجانية</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>الوجبات</translation>
    </message>
    <message>
        <source>Coffee corner</source>
        <translation>ركن القهوة</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
</context>
<context>
    <name>ChooseOverlay</name>
    <message>
        <source>Where are you going, {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Coming soon! This part of Trefpuntje is still being built.</source>
        <translation>قريباً! هذا الجزء من Trefpuntje ما زال قيد الإنشاء.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>FirstStartScreen</name>
    <message>
        <source>Welcome! Let us set up Trefpuntje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator opens staff mode with a PIN. Make the first coordinator, or try Trefpuntje with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is coordinator. Staff mode opens with the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a demo week...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is ready. The demo coordinator PIN is {pin}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreetingOverlay</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome to {centre}</source>
        <translation>أهلاً بكم في {centre}</translation>
    </message>
    <message>
        <source>Tap what you would like to do.</source>
        <translation>اضغط على ما تريد أن تفعله.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>In {seconds} seconds this screen goes back to the start.</source>
        <translation>بعد {seconds} ثانية تعود هذه الشاشة إلى البداية.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: انتهيت</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
</context>
<context>
    <name>MembersAdmin</name>
    <message>
        <source>First name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may appear in photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card for {name} is printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk in, no sign-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places left: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel my sign-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">مسح</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff mode</source>
        <translation>وضع الموظفين</translation>
    </message>
    <message>
        <source>Scan your card, then type your PIN. Without a card: the coordinator PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This card does not open staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>الرقم السري من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>تعذّر التحقق من الرقم السري الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked until {time}.</source>
        <translation>محاولات خاطئة كثيرة. وضع الموظفين مقفل حتى {time}.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left.</source>
        <translation>رقم سري خاطئ. تبقّت {count} محاولات.</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>We keep only your first name. A volunteer gives you your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePrint</name>
    <message>
        <source>Week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the participants&apos; first names (staff copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {number}: {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview on this computer (poppler-utils).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the schedule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer (job {job}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished">وضع الموظفين</translation>
    </message>
    <message>
        <source>Activities and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the week&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Trefpuntje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Trefpuntje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff mode: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Card not recognised. Ask a volunteer for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not recognised. Hold it still and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been replaced. Please use your new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer the question on the screen, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are checked in for {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were already checked in for {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can sign up now. A volunteer will give you your card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The old data was copied to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is ready: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo coordinator PIN: {pin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name of the coordinator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator {name} can now open staff mode with the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: {revision} (newest {newest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockouts lifted: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from schema {old}; the old database was copied to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to printer {printer} (job {job}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card for {name}; an earlier card no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member already has a printed card. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two PINs differ. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a week; write it like 2026-W49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places must be at least 1, or no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity lasts at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date has passed. Choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is over; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people have already signed up; the places cannot go below that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds data. Nothing was changed. Use --force to delete everything and start afresh with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role}. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is not a member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {key}. Known settings: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid value for {key} ({help}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished">الرقم السري من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be written. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be created. Choose another place with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be written. Choose another place with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not check out ({detail}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Trefpuntje (schema {revision}). Install the newer version; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} holds tables that are not Trefpuntje&apos;s. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed. For PostgreSQL: pip install &apos;trefpuntje[postgres]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a database address ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade would break links between records: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking in is possible from half an hour before the start until the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows can be marked once the activity has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has already started; signing up is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need to sign up for this one: just come along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already signed up for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were not signed up for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has already started; it cannot be cancelled now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the pages should go: -o FILE, --to-printer or --printer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no default printer. Name a printer, or make one the default in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer called {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not possible: this computer has no print system (CUPS). Ask for it to be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not possible: the print system (CUPS) is not running. Restarting the computer usually helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Scan this card at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full, waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places left: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just walk in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: this page shows first names. Please do not hang it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up at the kiosk with your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
