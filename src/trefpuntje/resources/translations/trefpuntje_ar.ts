<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About Trefpuntje {version}</source>
        <translation>حول Trefpuntje {version}</translation>
    </message>
    <message>
        <source>Software for the community space of an inclusive neighbourhood in Nijmegen.</source>
        <translation>برنامج لمكان اللقاء في حيّ شامل للجميع في نيميغن.</translation>
    </message>
    <message>
        <source>All pictograms designed by OpenMoji, the open-source emoji and icon project. License: CC BY-SA 4.0.</source>
        <translation>كل الرموز المصوّرة من تصميم OpenMoji، وهو مشروع مفتوح المصدر للرموز التعبيرية والأيقونات. الترخيص: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Arabic UI, SIL Open Font License 1.1.</source>
        <translation>الخطوط: Noto Sans و Noto Sans Arabic UI، رخصة SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy and Alembic.</source>
        <translation>صُنع باستخدام Qt for Python (PySide6، LGPL) و SQLModel و SQLAlchemy و Alembic.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>ActivitiesAdmin</name>
    <message>
        <source>signed up</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>walked in</source>
        <translation>حضر بدون تسجيل</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>لقاءات هذا الأسبوع</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>غيّر النشاط</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Mark no-shows</source>
        <translation>حدّد من لم يحضر</translation>
    </message>
    <message>
        <source>− place</source>
        <translation>− مكان</translation>
    </message>
    <message>
        <source>+ place</source>
        <translation>+ مكان</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>ألغِ هذا اللقاء</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>لا شيء مخطط له هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Present now: {count}</source>
        <translation>الحاضرون الآن: {count}</translation>
    </message>
    <message>
        <source>Signed up: {count}, places: {places}</source>
        <translation>المسجّلون: {count}، الأماكن: {places}</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>{title} is planned.</source>
        <translation>{title} في الجدول الآن.</translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Activities this week</source>
        <translation>الأنشطة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Scan your card to sign up.</source>
        <translation>امسح بطاقتك للتسجيل.</translation>
    </message>
    <message>
        <source>New here?</source>
        <translation>جديد هنا؟</translation>
    </message>
    <message>
        <source>Camera: hold your card in front of it</source>
        <translation>الكاميرا: ضع بطاقتك أمامها</translation>
    </message>
    <message>
        <source>Nothing planned for the coming days.</source>
        <translation>لا شيء مخطط له في الأيام القادمة.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>You are signed up for {title}.</source>
        <translation>تم تسجيلك في {title}.</translation>
    </message>
    <message>
        <source>{title} is full. You are on the waiting list, number {position}.</source>
        <translation>{title} ممتلئ. أنت في قائمة الانتظار، رقم {position}.</translation>
    </message>
    <message>
        <source>Your sign-up is cancelled.</source>
        <translation>تم إلغاء تسجيلك.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>sign-up needed</source>
        <translation>التسجيل مطلوب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>الرمز المصوّر</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>تعديل النشاط</translation>
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
        <translation>إلى أين تذهب يا {name}؟</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>لا شيء من هذه</translation>
    </message>
</context>
<context>
    <name>CodePad</name>
    <message>
        <source>Item code</source>
        <translation>رمز الغرض</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Find the item</source>
        <translation>ابحث عن الغرض</translation>
    </message>
</context>
<context>
    <name>CoffeeMenu</name>
    <message>
        <source>Coffee corner</source>
        <translation>ركن القهوة</translation>
    </message>
    <message>
        <source>Scan your card to see how many strips are left on your coffee card.</source>
        <translation>امسح بطاقتك لترى كم خانة بقيت على بطاقة القهوة الخاصة بك.</translation>
    </message>
    <message>
        <source>{name}, your coffee card has {strips} strips left.</source>
        <translation>{name}، بقيت {strips} خانات على بطاقة القهوة الخاصة بك.</translation>
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
    <name>ConnectionState</name>
    <message>
        <source>No connection to the centre&apos;s database</source>
        <translation>لا يوجد اتصال بقاعدة بيانات المركز</translation>
    </message>
    <message>
        <source>Please wait a moment. This screen goes on by itself as soon as the connection is back.</source>
        <translation>انتظر قليلًا من فضلك. ستكمل هذه الشاشة وحدها عندما يعود الاتصال.</translation>
    </message>
    <message>
        <source>Trying again in {seconds} seconds…</source>
        <translation>نحاول مرة أخرى بعد {seconds} ثانية…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>نحاول مرة أخرى…</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>حاول مرة أخرى الآن</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>عاد الاتصال.</translation>
    </message>
</context>
<context>
    <name>FirstStartScreen</name>
    <message>
        <source>Welcome! Let us set up Trefpuntje.</source>
        <translation>أهلًا بك! لنجهّز Trefpuntje.</translation>
    </message>
    <message>
        <source>A coordinator opens staff mode with a PIN. Make the first coordinator, or try Trefpuntje with demo data.</source>
        <translation>المنسق يفتح وضع الموظفين بالرقم السري. أنشئ أول منسق، أو جرّب Trefpuntje ببيانات تجريبية.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>الرقم السري (من 4 إلى 8 أرقام)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>الرقم السري نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Make coordinator</source>
        <translation>أنشئ منسقًا</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>جرّب ببيانات تجريبية</translation>
    </message>
    <message>
        <source>{name} is coordinator. Staff mode opens with the PIN.</source>
        <translation>{name} هو المنسق الآن. وضع الموظفين يُفتح بالرقم السري.</translation>
    </message>
    <message>
        <source>Making a demo week...</source>
        <translation>جارٍ إنشاء أسبوع تجريبي...</translation>
    </message>
    <message>
        <source>Demo data is ready. The demo coordinator PIN is {pin}.</source>
        <translation>البيانات التجريبية جاهزة. الرقم السري للمنسق التجريبي هو {pin}.</translation>
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
    <message>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
</context>
<context>
    <name>HoursAdmin</name>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>To review ({count})</source>
        <translation>للمراجعة ({count})</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} ساعة</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>قهوة</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>أنشطة</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>رياضة</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>وجبات</translation>
    </message>
    <message>
        <source>soup</source>
        <translation>شوربة</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>تنظيف</translation>
    </message>
    <message>
        <source>sewing</source>
        <translation>خياطة</translation>
    </message>
    <message>
        <source>day activities</source>
        <translation>أنشطة نهارية</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>office</source>
        <translation>عمل مكتبي</translation>
    </message>
    <message>
        <source>till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>المتطوعون</translation>
    </message>
</context>
<context>
    <name>HoursOverview</name>
    <message>
        <source>{amount} an hour is more than the tax-free {cap} an hour</source>
        <translation>{amount} في الساعة أكثر من الحد المعفى من الضريبة ({cap} في الساعة)</translation>
    </message>
    <message>
        <source>{month}: {amount}, near the {cap} a month</source>
        <translation>{month}: {amount}، قريب من الحد الشهري {cap}</translation>
    </message>
    <message>
        <source>{month}: {amount}, over the {cap} a month</source>
        <translation>{month}: {amount}، أكثر من الحد الشهري {cap}</translation>
    </message>
    <message>
        <source>the year: {amount}, near the {cap} a year</source>
        <translation>السنة: {amount}، قريب من الحد السنوي {cap}</translation>
    </message>
    <message>
        <source>the year: {amount}, over the {cap} a year</source>
        <translation>السنة: {amount}، أكثر من الحد السنوي {cap}</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>السنة السابقة</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>السنة التالية</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>احفظ كملف CSV</translation>
    </message>
    <message>
        <source>Hours per task per month</source>
        <translation>الساعات حسب المهمة والشهر</translation>
    </message>
    <message>
        <source>Volunteer allowance</source>
        <translation>بدل المتطوعين</translation>
    </message>
    <message>
        <source>Counted hours in {year}</source>
        <translation>الساعات المحسوبة في {year}</translation>
    </message>
    <message>
        <source>Active volunteers: {count}. Waiting for approval: {waiting}; forgotten clock-outs: {flagged}.</source>
        <translation>المتطوعون النشطون: {count}. بانتظار الموافقة: {waiting}؛ لم يُسجَّل إنهاء العمل: {flagged}.</translation>
    </message>
    <message>
        <source>Those who receive also give: {also} of the {visitors} visitors ({percent} %) also volunteer or cook.</source>
        <translation>من يأخذ يعطي أيضًا: {also} من {visitors} من الزوار ({percent} %) يتطوعون أو يطبخون أيضًا.</translation>
    </message>
    <message>
        <source>Of the {came} who came this year, {gave} gave hours or cook ({percent} %).</source>
        <translation>من بين الذين جاؤوا هذا العام ({came})، قدّم {gave} ساعات أو طبخوا ({percent} %).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>No tax-free caps set for {year}: those of {figures} are used. Please check them.</source>
        <translation>لم تُحدَّد حدود قصوى معفاة من الضريبة لسنة {year}: تُستخدم حدود {figures}. تحقّق منها من فضلك.</translation>
    </message>
    <message>
        <source>No allowance near a tax-free cap.</source>
        <translation>لا يوجد بدل قريب من حد معفى من الضريبة.</translation>
    </message>
    <message>
        <source>Could not save in {path}: {reason}.</source>
        <translation>تعذّر الحفظ في {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
</context>
<context>
    <name>HoursReview</name>
    <message>
        <source>added afterwards</source>
        <translation>أُضيفت لاحقًا</translation>
    </message>
    <message>
        <source>forgot to clock out</source>
        <translation>نسي تسجيل إنهاء العمل</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>محسوبة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ما زالت جارية</translation>
    </message>
    <message>
        <source>Added afterwards: waiting for approval.</source>
        <translation>أُضيفت لاحقًا: بانتظار الموافقة.</translation>
    </message>
    <message>
        <source>Forgot to clock out, and no shift says when it ended: correct it with the end.</source>
        <translation>نسي تسجيل إنهاء العمل، ولا توجد مناوبة تبيّن متى انتهى: صحّحها بإدخال وقت النهاية.</translation>
    </message>
    <message>
        <source>These hours count.</source>
        <translation>هذه الساعات محسوبة.</translation>
    </message>
    <message>
        <source>Rejected: these hours do not count.</source>
        <translation>مرفوضة: هذه الساعات غير محسوبة.</translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation>ما زالت جارية.</translation>
    </message>
    <message>
        <source>clocked in</source>
        <translation>سجّل بدء العمل</translation>
    </message>
    <message>
        <source>clocked out</source>
        <translation>سجّل إنهاء العمل</translation>
    </message>
    <message>
        <source>closed at the end of the shift</source>
        <translation>أُغلقت عند نهاية المناوبة</translation>
    </message>
    <message>
        <source>forgotten clock-out flagged</source>
        <translation>أُشير إلى نسيان إنهاء العمل</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>صُحّحت</translation>
    </message>
    <message>
        <source>Forgot to clock out</source>
        <translation>نسي تسجيل إنهاء العمل</translation>
    </message>
    <message>
        <source>As on the roster</source>
        <translation>كما في الجدول</translation>
    </message>
    <message>
        <source>Checked with the volunteer</source>
        <translation>تم التأكد مع المتطوع</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>أُدخلت مرتين</translation>
    </message>
    <message>
        <source>Not volunteer work</source>
        <translation>ليس عملًا تطوعيًا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why? A reason is needed.</source>
        <translation>لماذا؟ يجب ذكر السبب.</translation>
    </message>
    <message>
        <source>Or type a reason</source>
        <translation>أو اكتب سببًا</translation>
    </message>
    <message>
        <source>Nothing to review. Thank you!</source>
        <translation>لا يوجد شيء للمراجعة. شكرًا لك!</translation>
    </message>
    <message>
        <source>Hours to review, oldest first</source>
        <translation>ساعات للمراجعة، الأقدم أولًا</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>وافق</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>صحّح</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>History of these hours</source>
        <translation>سجل هذه الساعات</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>احفظ التصحيح</translation>
    </message>
    <message>
        <source>Rejected hours do not count. Their history stays.</source>
        <translation>الساعات المرفوضة غير محسوبة. يبقى سجلها.</translation>
    </message>
    <message>
        <source>Reject these hours</source>
        <translation>ارفض هذه الساعات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>the daily check</source>
        <translation>الفحص اليومي</translation>
    </message>
    <message>
        <source>Correct: {name} · {task} · {day}</source>
        <translation>تصحيح: {name} · {task} · {day}</translation>
    </message>
    <message>
        <source>Corrected: {name}, {task}, {span}. These hours count now.</source>
        <translation>تم التصحيح: {name}، {task}، {span}. هذه الساعات محسوبة الآن.</translation>
    </message>
    <message>
        <source>Approved: {name}, {task}, {span}.</source>
        <translation>تمت الموافقة: {name}، {task}، {span}.</translation>
    </message>
    <message>
        <source>Reject: {name} · {task} · {day}</source>
        <translation>رفض: {name} · {task} · {day}</translation>
    </message>
    <message>
        <source>Rejected: {name}, {task}, {span}.</source>
        <translation>تم الرفض: {name}، {task}، {span}.</translation>
    </message>
</context>
<context>
    <name>HoursRoster</name>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>Shifts this week</source>
        <translation>المناوبات هذا الأسبوع</translation>
    </message>
    <message>
        <source>Plan a shift</source>
        <translation>خطّط مناوبة</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>انسخ الأسبوع الماضي</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Volunteers on this shift</source>
        <translation>المتطوعون في هذه المناوبة</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>أضِف</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>أزِل</translation>
    </message>
    <message>
        <source>Cancel the shift</source>
        <translation>ألغِ المناوبة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>الأسبوع {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Tap a shift to see who is on it.</source>
        <translation>اضغط على مناوبة لترى من فيها.</translation>
    </message>
    <message>
        <source>This shift is cancelled.</source>
        <translation>أُلغيت هذه المناوبة.</translation>
    </message>
    <message>
        <source>{taken} of {places} places taken</source>
        <translation>الأماكن المشغولة: {taken} من {places}</translation>
    </message>
    <message>
        <source>Planned: {shift}.</source>
        <translation>تم التخطيط: {shift}.</translation>
    </message>
    <message>
        <source>Tap once more to cancel {shift}.</source>
        <translation>اضغط مرة أخرى لإلغاء {shift}.</translation>
    </message>
    <message>
        <source>Cancelled: {shift}. Tell the volunteers on it.</source>
        <translation>أُلغيت: {shift}. أخبر المتطوعين فيها.</translation>
    </message>
    <message>
        <source>First tap the name to take off the shift.</source>
        <translation>اضغط أولًا على الاسم الذي تريد إزالته من المناوبة.</translation>
    </message>
    <message>
        <source>{name} is off the shift {shift}.</source>
        <translation>لم يعد {name} في المناوبة {shift}.</translation>
    </message>
    <message>
        <source>{count} shifts planned as in the week before.</source>
        <translation>تم تخطيط {count} من المناوبات كما في الأسبوع السابق.</translation>
    </message>
    <message>
        <source>Who goes on {shift}?</source>
        <translation>من يعمل في {shift}؟</translation>
    </message>
    <message>
        <source>{name} is on the shift {shift}.</source>
        <translation>{name} في المناوبة {shift}.</translation>
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
    <name>ItemCard</name>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>بقي {count}</translation>
    </message>
    <message>
        <source>Made by a neighbour</source>
        <translation>صنعه أحد الجيران</translation>
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
    <name>MealCard</name>
    <message>
        <source>Order</source>
        <translation>اطلب</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>انضم إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>ألغِ طلبي</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>اخرج من قائمة الانتظار</translation>
    </message>
    <message>
        <source>free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>{price} a portion · ordering has closed</source>
        <translation>سعر الحصة: {price} · انتهى وقت الطلب</translation>
    </message>
    <message>
        <source>{price} a portion · sold out · waiting list open until {time}</source>
        <translation>سعر الحصة: {price} · نفدت الحصص · قائمة الانتظار مفتوحة حتى {time}</translation>
    </message>
    <message>
        <source>{price} a portion · {left} of {portions} left · order before {time}</source>
        <translation>سعر الحصة: {price} · بقي {left} من {portions} · اطلب قبل {time}</translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation>قائمة الانتظار: رقم {position}</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <source>No portion came free</source>
        <translation>لم تتوفر حصة لك</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>لم يتم الاستلام</translation>
    </message>
    <message>
        <source>You ordered {portions}</source>
        <translation>عدد حصصك: {portions}</translation>
    </message>
    <message>
        <source>Contains: {allergens}</source>
        <translation>تحتوي على: {allergens}</translation>
    </message>
    <message>
        <source>No allergens</source>
        <translation>بدون مواد تسبب الحساسية</translation>
    </message>
    <message>
        <source>{when} · cooked by a neighbour</source>
        <translation>{when} · طبخها أحد الجيران</translation>
    </message>
    <message>
        <source>Careful: you are allergic to {allergens}.</source>
        <translation>انتبه: عندك حساسية من {allergens}.</translation>
    </message>
    <message>
        <source>Not for your diet: {diets}</source>
        <translation>لا تناسب نظامك الغذائي: {diets}</translation>
    </message>
    <message>
        <source>Called off: your order is cancelled</source>
        <translation>أُلغيت الوجبة: تم إلغاء طلبك</translation>
    </message>
    <message>
        <source>Ordering has closed</source>
        <translation>انتهى وقت الطلب</translation>
    </message>
</context>
<context>
    <name>MealOffer</name>
    <message>
        <source>1 The meal</source>
        <translation>1 الوجبة</translation>
    </message>
    <message>
        <source>2 Allergens</source>
        <translation>2 مسبّبات الحساسية</translation>
    </message>
    <message>
        <source>3 Hygiene</source>
        <translation>3 النظافة</translation>
    </message>
    <message>
        <source>Tap the dish to type its name. Or scan the cook&apos;s card to choose the cook.</source>
        <translation>اضغط على الطبق لتكتب اسمه. أو امسح بطاقة الطبّاخ لتختار الطبّاخ.</translation>
    </message>
    <message>
        <source>Tick every allergen in the dish, or &quot;No allergens&quot;.</source>
        <translation>اختر كل مسبّب حساسية في الطبق، أو «بدون مسبّبات حساسية».</translation>
    </message>
    <message>
        <source>Read the food-safety checklist with the cook.</source>
        <translation>اقرأ قائمة فحص سلامة الطعام مع الطبّاخ.</translation>
    </message>
    <message>
        <source>Meal offers</source>
        <translation>عروض الوجبات</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>عرض جديد</translation>
    </message>
    <message>
        <source>Cooks&apos; payouts</source>
        <translation>مستحقات الطبّاخين</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>انشر</translation>
    </message>
    <message>
        <source>Yes, call it off</source>
        <translation>نعم، ألغِها</translation>
    </message>
    <message>
        <source>{when} · {cook} · {ordered} of {portions} ordered · {waiting} waiting</source>
        <translation>{when} · {cook} · طُلب {ordered} من {portions} · في الانتظار: {waiting}</translation>
    </message>
    <message>
        <source>Cook&apos;s sheet</source>
        <translation>ورقة الطبّاخ</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>ألغِ الوجبة</translation>
    </message>
    <message>
        <source>No meals on offer. Tap &quot;New offer&quot;.</source>
        <translation>لا توجد وجبات معروضة. اضغط على «عرض جديد».</translation>
    </message>
    <message>
        <source>Choose the cook. Nobody has the cook role yet? A coordinator gives it to a member.</source>
        <translation>اختر الطبّاخ. لا أحد له دور الطبّاخ بعد؟ المنسق يعطي هذا الدور لعضو.</translation>
    </message>
    <message>
        <source>{dish} is on offer: {when}.</source>
        <translation>{dish} معروض الآن: {when}.</translation>
    </message>
    <message>
        <source>Call off {dish}?</source>
        <translation>هل تلغي {dish}؟</translation>
    </message>
    <message>
        <source>{ordered} portions are ordered and {waiting} neighbours wait. Their orders are cancelled; they see it at the kiosk. Let the cook know.</source>
        <translation>عدد الحصص المطلوبة: {ordered}، وعدد الجيران في الانتظار: {waiting}. ستُلغى طلباتهم، وسيرون ذلك على شاشة المركز. أخبر الطبّاخ.</translation>
    </message>
    <message>
        <source>{dish} is called off.</source>
        <translation>أُلغي {dish}.</translation>
    </message>
    <message>
        <source>Cook&apos;s sheet: {dish}</source>
        <translation>ورقة الطبّاخ: {dish}</translation>
    </message>
    <message>
        <source>{cook}, scan your card to print your sheet. It names the neighbours who ordered and their allergies: it is for the cook only.</source>
        <translation>{cook}، امسح بطاقتك لتطبع ورقتك. فيها أسماء الجيران الذين طلبوا وما عندهم من حساسية: هي للطبّاخ فقط.</translation>
    </message>
    <message>
        <source>At the office: trefpuntje print meal {id} -o cook.pdf</source>
        <translation>على حاسوب الإدارة: trefpuntje print meal {id} -o cook.pdf</translation>
    </message>
    <message>
        <source>That is not {cook}&apos;s card. Only the cook of this meal can print its sheet.</source>
        <translation>هذه ليست بطاقة {cook}. لا يطبع ورقة هذه الوجبة إلا طبّاخها.</translation>
    </message>
    <message>
        <source>Cook: {name}</source>
        <translation>الطبّاخ: {name}</translation>
    </message>
    <message>
        <source>{name} does not have the cook role. A coordinator gives it to a member.</source>
        <translation>ليس لـ {name} دور الطبّاخ. المنسق يعطي هذا الدور لعضو.</translation>
    </message>
    <message>
        <source>The cook&apos;s sheet is at the printer (job {job}).</source>
        <translation>أُرسلت ورقة الطبّاخ إلى الطابعة (مهمة الطباعة {job}).</translation>
    </message>
    <message>
        <source>Printing the cook&apos;s sheet...</source>
        <translation>جارٍ طبع ورقة الطبّاخ...</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>الطبّاخ</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>الطبق</translation>
    </message>
    <message>
        <source>Description (if you like)</source>
        <translation>الوصف (إذا أردت)</translation>
    </message>
    <message>
        <source>Less: {field}</source>
        <translation>أقل: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>أكثر: {field}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Pick-up from</source>
        <translation>الاستلام من</translation>
    </message>
    <message>
        <source>Pick-up until</source>
        <translation>الاستلام حتى</translation>
    </message>
    <message>
        <source>Order before</source>
        <translation>الطلب قبل</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <source>At most per neighbour</source>
        <translation>الحد الأقصى لكل جار</translation>
    </message>
    <message>
        <source>Contribution a portion</source>
        <translation>المساهمة للحصة</translation>
    </message>
    <message>
        <source>No allergens</source>
        <translation>بدون مسبّبات حساسية</translation>
    </message>
    <message>
        <source>Diet labels:</source>
        <translation>تصنيفات الحمية:</translation>
    </message>
    <message>
        <source>The cook confirms every point of this checklist.</source>
        <translation>يؤكّد الطبّاخ كل نقطة في هذه القائمة.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Photo of the dish</source>
        <translation>صورة الطبق</translation>
    </message>
    <message>
        <source>Not a photo: choose another</source>
        <translation>ليست صورة: اختر غيرها</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>أُضيفت الصورة</translation>
    </message>
    <message>
        <source>{cook}: {meals} meals, {portions} portions collected: to pay {amount}</source>
        <translation>{cook}: عدد الوجبات {meals}، الحصص المستلمة {portions}: المبلغ المستحق {amount}</translation>
    </message>
    <message>
        <source>Together: {amount}</source>
        <translation>المجموع: {amount}</translation>
    </message>
    <message>
        <source>No meals were picked up this month.</source>
        <translation>لم تُستلم أي وجبات هذا الشهر.</translation>
    </message>
    <message>
        <source>The contributions collected for each cook&apos;s meals in a month, however they were paid.</source>
        <translation>المساهمات التي جُمعت لوجبات كل طبّاخ خلال شهر، مهما كانت طريقة الدفع.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
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
        <translation>تم التسليم: {portions} × {dish} ({cook})</translation>
    </message>
    <message>
        <source>Not collected in time: {portions} × {dish} ({cook})</source>
        <translation>لم يُستلم في الوقت المحدد: {portions} × {dish} ({cook})</translation>
    </message>
    <message>
        <source>Next neighbour</source>
        <translation>الجار التالي</translation>
    </message>
    <message>
        <source>Meal pick-up</source>
        <translation>استلام الوجبات</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>افتح الصندوق</translation>
    </message>
    <message>
        <source>Scan the neighbour&apos;s card.</source>
        <translation>امسح بطاقة الجار.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بالبطاقة البنكية</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>بطاقة القهوة</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>سلّم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>تم الدفع على جهاز البطاقة البنكية</translation>
    </message>
    <message>
        <source>The till is closed: the contributions go into it.</source>
        <translation>الصندوق مغلق: المساهمات توضع فيه.</translation>
    </message>
    <message>
        <source>Today {start}–{end}: {dish} ({cook}), {ordered} of {portions} portions ordered</source>
        <translation>اليوم {start}–{end}: {dish} ({cook})، الحصص المطلوبة: {ordered} من {portions}</translation>
    </message>
    <message>
        <source>No meals to pick up today.</source>
        <translation>لا توجد وجبات للاستلام اليوم.</translation>
    </message>
    <message>
        <source>{name}: orders for today</source>
        <translation>{name}: طلبات اليوم</translation>
    </message>
    <message>
        <source>free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>No orders for today.</source>
        <translation>لا توجد طلبات لليوم.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>المطلوب دفعه: {amount}</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>لا يوجد مبلغ للدفع</translation>
    </message>
    <message>
        <source>Coffee card: {strips} strips</source>
        <translation>بطاقة القهوة: {strips} خانات</translation>
    </message>
    <message>
        <source>Let {name} pay {amount} on the card terminal.</source>
        <translation>اطلب من {name} دفع {amount} على جهاز البطاقة البنكية.</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>{name}: {dishes}. Nothing to pay.</source>
        <translation>{name}: {dishes}. لا يوجد مبلغ للدفع.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>أعِد الباقي</translation>
    </message>
    <message>
        <source>{name}: {dishes}. Paid in cash: {due}.</source>
        <translation>{name}: {dishes}. دُفع نقدًا: {due}.</translation>
    </message>
    <message>
        <source>Paid with the coffee card</source>
        <translation>دُفع ببطاقة القهوة</translation>
    </message>
    <message>
        <source>{strips} strips</source>
        <translation>{strips} خانات</translation>
    </message>
    <message>
        <source>{name}: {dishes}. {left} strips left on the coffee card.</source>
        <translation>{name}: {dishes}. بقيت {left} خانات على بطاقة القهوة.</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>دُفع بالبطاقة البنكية</translation>
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
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Neighbour meals</source>
        <translation>وجبات من الجيران</translation>
    </message>
    <message>
        <source>My allergies</source>
        <translation>حساسيتي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Portions:</source>
        <translation>الحصص:</translation>
    </message>
    <message>
        <source>One portion less</source>
        <translation>حصة أقل</translation>
    </message>
    <message>
        <source>One portion more</source>
        <translation>حصة أكثر</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>لا، رجوع</translation>
    </message>
    <message>
        <source>My allergies and diet</source>
        <translation>حساسيتي ونظامي الغذائي</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>I am allergic to:</source>
        <translation>عندي حساسية من:</translation>
    </message>
    <message>
        <source>I eat:</source>
        <translation>أنا آكل:</translation>
    </message>
    <message>
        <source>Only you see this, and the cook of a meal you order. Nothing ticked: nothing kept.</source>
        <translation>أنت فقط ترى هذا، وكذلك طبّاخ الوجبة التي تطلبها. إذا لم تختر شيئًا، لا نحفظ شيئًا.</translation>
    </message>
    <message>
        <source>Camera: hold your card in front of it</source>
        <translation>الكاميرا: ضع بطاقتك أمامها</translation>
    </message>
    <message>
        <source>Scan your card to order.</source>
        <translation>امسح بطاقتك لتطلب.</translation>
    </message>
    <message>
        <source>{name}, tap Order to order a meal.</source>
        <translation>{name}، اضغط على «اطلب» لتطلب وجبة.</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>طلباتك</translation>
    </message>
    <message>
        <source>Meals to order</source>
        <translation>وجبات يمكنك طلبها</translation>
    </message>
    <message>
        <source>No meals on offer at the moment.</source>
        <translation>لا توجد وجبات الآن.</translation>
    </message>
    <message>
        <source>Waiting list: {dish}</source>
        <translation>قائمة الانتظار: {dish}</translation>
    </message>
    <message>
        <source>Order: {dish}</source>
        <translation>اطلب: {dish}</translation>
    </message>
    <message>
        <source>{when} · cooked by a neighbour</source>
        <translation>{when} · طبخها أحد الجيران</translation>
    </message>
    <message>
        <source>Sold out. When someone cancels before {time}, the portion goes to the first on the waiting list.</source>
        <translation>نفدت الحصص. إذا ألغى أحدٌ طلبه قبل {time}، تذهب الحصة إلى أول شخص في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>{left} portions left · order before {time}</source>
        <translation>الحصص الباقية: {left} · اطلب قبل {time}</translation>
    </message>
    <message>
        <source>Careful: this dish contains {allergens}, and you are allergic to it.</source>
        <translation>انتبه: هذا الطبق فيه {allergens}، وعندك حساسية منه.</translation>
    </message>
    <message>
        <source>Not for your diet: {diets}</source>
        <translation>لا تناسب نظامك الغذائي: {diets}</translation>
    </message>
    <message>
        <source>{portions} portions</source>
        <translation>عدد الحصص: {portions}</translation>
    </message>
    <message>
        <source>If a portion comes free: {amount} at pick-up</source>
        <translation>إذا توفّرت حصة: تدفع {amount} عند الاستلام</translation>
    </message>
    <message>
        <source>To pay at pick-up: {amount}</source>
        <translation>تدفع عند الاستلام: {amount}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Yes, order anyway</source>
        <translation>نعم، اطلب رغم ذلك</translation>
    </message>
    <message>
        <source>You are on the waiting list for {dish}, number {position}.</source>
        <translation>أنت في قائمة الانتظار لوجبة {dish}، رقمك {position}.</translation>
    </message>
    <message>
        <source>You ordered {portions} × {dish}. Pick-up: {when}.</source>
        <translation>طلبت {portions} × {dish}. الاستلام: {when}.</translation>
    </message>
    <message>
        <source>Your order is cancelled.</source>
        <translation>تم إلغاء طلبك.</translation>
    </message>
    <message>
        <source>Your allergies and diet are saved.</source>
        <translation>تم حفظ حساسيتك ونظامك الغذائي.</translation>
    </message>
</context>
<context>
    <name>MembersAdmin</name>
    <message>
        <source>First name (required)</source>
        <translation>الاسم الأول (مطلوب)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات التي يتحدثها</translation>
    </message>
    <message>
        <source>may appear in photos</source>
        <translation>يمكن أن يظهر في الصور</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation>يمكن التواصل معه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>اطبع البطاقة</translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation>تم تسجيل {name}.</translation>
    </message>
    <message>
        <source>Printing the card...</source>
        <translation>جارٍ طباعة البطاقة...</translation>
    </message>
    <message>
        <source>The card for {name} is printing.</source>
        <translation>جارٍ طباعة بطاقة {name}.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{value} note</source>
        <translation>ورقة نقدية {value}</translation>
    </message>
    <message>
        <source>{value} coin</source>
        <translation>قطعة نقدية {value}</translation>
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
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Walk in, no sign-up needed</source>
        <translation>تعال مباشرة، لا حاجة للتسجيل</translation>
    </message>
    <message>
        <source>Places: no limit</source>
        <translation>الأماكن: بلا حد</translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation>ممتلئ: قائمة الانتظار</translation>
    </message>
    <message>
        <source>Places left: {count}</source>
        <translation>الأماكن المتبقية: {count}</translation>
    </message>
    <message>
        <source>You are signed up</source>
        <translation>أنت مسجّل</translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation>قائمة الانتظار: رقم {position}</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>انضم إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>Cancel my sign-up</source>
        <translation>ألغِ تسجيلي</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>تم</translation>
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
        <translation>امسح بطاقتك، ثم اكتب رقمك السري. بدون بطاقة: الرقم السري للمنسق.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This card does not open staff mode.</source>
        <translation>هذه البطاقة لا تفتح وضع الموظفين.</translation>
    </message>
    <message>
        <source>Type your PIN, {name}.</source>
        <translation>اكتب رقمك السري يا {name}.</translation>
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
    <name>PriceListAdmin</name>
    <message>
        <source>coffee</source>
        <translation>قهوة</translation>
    </message>
    <message>
        <source>tea</source>
        <translation>شاي</translation>
    </message>
    <message>
        <source>hot chocolate</source>
        <translation>شوكولاتة ساخنة</translation>
    </message>
    <message>
        <source>soft drink</source>
        <translation>مشروب غازي</translation>
    </message>
    <message>
        <source>water</source>
        <translation>ماء</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>كعكة</translation>
    </message>
    <message>
        <source>biscuit</source>
        <translation>بسكويت</translation>
    </message>
    <message>
        <source>soup</source>
        <translation>شوربة</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>ساندويتش</translation>
    </message>
    <message>
        <source>fruit</source>
        <translation>فاكهة</translation>
    </message>
    <message>
        <source>postcard</source>
        <translation>بطاقة بريدية</translation>
    </message>
    <message>
        <source>soap</source>
        <translation>صابون</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>coffee card</source>
        <translation>بطاقة القهوة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Price in euros</source>
        <translation>السعر باليورو</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Less: {field}</source>
        <translation>أقل: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>أكثر: {field}</translation>
    </message>
    <message>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>ضريبة القيمة المضافة {rate} %</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>الخانات: {count}</translation>
    </message>
    <message>
        <source>coffee card, strips: {count}</source>
        <translation>بطاقة القهوة، الخانات: {count}</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>موقوف عن البيع</translation>
    </message>
    <message>
        <source>Without a category</source>
        <translation>بدون فئة</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Change: {name}</source>
        <translation>تعديل: {name}</translation>
    </message>
    <message>
        <source>Change: {name} (off sale)</source>
        <translation>تعديل: {name} (موقوف عن البيع)</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>أوقف البيع</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>أعِده للبيع</translation>
    </message>
    <message>
        <source>Type the price in euros, for example {example}. Nothing is saved.</source>
        <translation>اكتب السعر باليورو، مثلًا {example}. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <source>{name} is off sale. Its sales stay as they were.</source>
        <translation>أُوقف بيع {name}. تبقى مبيعاته كما كانت.</translation>
    </message>
    <message>
        <source>{name} is on sale again.</source>
        <translation>عاد {name} إلى البيع.</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Place on the grid</source>
        <translation>المكان على الشبكة</translation>
    </message>
    <message>
        <source>Costs strips</source>
        <translation>يكلّف خانات</translation>
    </message>
    <message>
        <source>Coffee card with strips</source>
        <translation>بطاقة قهوة بخانات</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>الرمز المصوّر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>What we keep</source>
        <translation>ما نحتفظ به</translation>
    </message>
    <message>
        <source>Your first name. That is all we need.</source>
        <translation>اسمك الأول. هذا كل ما نحتاجه.</translation>
    </message>
    <message>
        <source>If you want: last name, phone, e-mail, postcode.</source>
        <translation>إذا أردت: اسم العائلة، الهاتف، البريد الإلكتروني، الرمز البريدي.</translation>
    </message>
    <message>
        <source>What you sign up for, your visits, what you buy.</source>
        <translation>ما تسجّل فيه، وزياراتك، وما تشتريه.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>To greet you and to sign you up.</source>
        <translation>لنرحّب بك ولنسجّلك.</translation>
    </message>
    <message>
        <source>To count visitors. Our funders ask for that.</source>
        <translation>لنعدّ الزوار. الجهات التي تموّلنا تطلب ذلك.</translation>
    </message>
    <message>
        <source>The law asks us to keep every sale.</source>
        <translation>القانون يطلب منا أن نحتفظ بكل عملية بيع.</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>إلى متى</translation>
    </message>
    <message>
        <source>After {checkins}, your visits no longer show your name.</source>
        <translation>بعد {checkins}، لا يظهر اسمك في زياراتك.</translation>
    </message>
    <message>
        <source>Not seen you for {inactive}? Then a coordinator may remove your data.</source>
        <translation>لم نرك منذ {inactive}؟ عندها يمكن للمنسق أن يحذف بياناتك.</translation>
    </message>
    <message>
        <source>Sales stay, without your name if you ask.</source>
        <translation>تبقى المبيعات، بدون اسمك إذا طلبت ذلك.</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>من تسأل</translation>
    </message>
    <message>
        <source>To see, change or remove your data: ask {contact}.</source>
        <translation>لترى بياناتك أو تغيّرها أو تحذفها: اسأل {contact}.</translation>
    </message>
    <message>
        <source>Others never see your data on this screen.</source>
        <translation>لا يرى الآخرون بياناتك على هذه الشاشة أبدًا.</translation>
    </message>
    <message>
        <source>a coordinator of {centre}</source>
        <translation>أحد منسقي {centre}</translation>
    </message>
    <message>
        <source>Your data at {centre}</source>
        <translation>بياناتك في {centre}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>We keep only your first name. A volunteer gives you your card.</source>
        <translation>نحتفظ باسمك الأول فقط. سيعطيك متطوع بطاقتك.</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>ما اسمك الأول؟</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>اسمك الأول</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>visitor</source>
        <translation>زائر</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <source>cook</source>
        <translation>طبّاخ</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسق</translation>
    </message>
</context>
<context>
    <name>SchedulePrint</name>
    <message>
        <source>Week before</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Week after</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>with the participants&apos; first names (staff copy)</source>
        <translation>مع الأسماء الأولى للمشاركين (نسخة للموظفين)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>احفظ كملف PDF</translation>
    </message>
    <message>
        <source>Week {number}: {first} to {last}</source>
        <translation>الأسبوع {number}: من {first} إلى {last}</translation>
    </message>
    <message>
        <source>No preview on this computer (poppler-utils).</source>
        <translation>لا توجد معاينة على هذا الحاسوب (poppler-utils).</translation>
    </message>
    <message>
        <source>Making the schedule...</source>
        <translation>جارٍ إعداد الجدول...</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>جارٍ الإرسال إلى الطابعة...</translation>
    </message>
    <message>
        <source>Sent to the printer (job {job}).</source>
        <translation>أُرسل إلى الطابعة (مهمة الطباعة {job}).</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
</context>
<context>
    <name>ShiftForm</name>
    <message>
        <source>Plan a shift: which task, which day, when?</source>
        <translation>خطّط مناوبة: أي مهمة، أي يوم، متى؟</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Plan the shift</source>
        <translation>خطّط المناوبة</translation>
    </message>
    <message>
        <source>First add a task (Tasks).</source>
        <translation>أضف مهمة أولًا (المهام).</translation>
    </message>
</context>
<context>
    <name>ShopAdmin</name>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Search by first name, or scan their card</source>
        <translation>ابحث بالاسم الأول، أو امسح بطاقته</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>At most this many items a neighbour takes each week, per category.</source>
        <translation>أكبر عدد من الأغراض يأخذه الجار كل أسبوع، لكل فئة.</translation>
    </message>
    <message>
        <source>Save the limits</source>
        <translation>احفظ الحدود</translation>
    </message>
    <message>
        <source>At most this many items a neighbour takes each week, per category. Staff change these limits.</source>
        <translation>أكبر عدد من الأغراض يأخذه الجار كل أسبوع، لكل فئة. الموظفون يغيّرون هذه الحدود.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The fair-share limits are saved.</source>
        <translation>تم حفظ حدود الحصة العادلة.</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>To clear</source>
        <translation>للإزالة</translation>
    </message>
    <message>
        <source>Made by neighbours</source>
        <translation>أشياء صنعها الجيران</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>الحصة العادلة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Which item? Scan its label or type its code</source>
        <translation>أي غرض؟ امسح ملصقه أو اكتب رمزه</translation>
    </message>
    <message>
        <source>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</source>
        <translation>«{code}» ليس رمز غرض. الرمز فيه 6 حروف وأرقام، كما على الملصق.</translation>
    </message>
    <message>
        <source>{title} is a neighbour&apos;s own work: staff put it right under “Made by neighbours”.</source>
        <translation>{title} من صنع أحد الجيران: يصحّحه الموظفون في «أشياء صنعها الجيران».</translation>
    </message>
    <message>
        <source>{code}  ·  {title}  ·  {category}  ·  {left} on the shelf  ·  {weeks} weeks</source>
        <translation>{code}  ·  {title}  ·  {category}  ·  {left} على الرفّ  ·  {weeks} أسبوع</translation>
    </message>
    <message>
        <source>{count} items cleared: {where}. They stay in the records.</source>
        <translation>أُزيل {count} من الأغراض: {where}. تبقى في السجلات.</translation>
    </message>
    <message>
        <source>Items to clear</source>
        <translation>أغراض للإزالة</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>اختر الكل</translation>
    </message>
    <message>
        <source>Donated items on the shelf for more than {weeks} weeks: {count}. Tick what goes, then say where.</source>
        <translation>أغراض متبرَّع بها على الرفّ منذ أكثر من {weeks} أسبوع: {count}. اختر ما سيُزال، ثم حدّد إلى أين.</translation>
    </message>
    <message>
        <source>Nothing to clear.</source>
        <translation>لا يوجد شيء للإزالة.</translation>
    </message>
    <message>
        <source>Tick the items that go first.</source>
        <translation>اختر أولًا الأغراض التي ستُزال.</translation>
    </message>
    <message>
        <source>What is it? (a few words)</source>
        <translation>ما هو؟ (بضع كلمات)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Photo from a file</source>
        <translation>صورة من ملف</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>كم العدد</translation>
    </message>
    <message>
        <source>Price each</source>
        <translation>سعر القطعة</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Donor (or scan their card)</source>
        <translation>المتبرّع (أو امسح بطاقته)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>عدّل غرضًا</translation>
    </message>
    <message>
        <source>Stop changing</source>
        <translation>أوقف التعديل</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>اطبع الملصق</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop and is not changed any more.</source>
        <translation>أُزيل {title} من المتجر، ولم يعد يمكن تعديله.</translation>
    </message>
    <message>
        <source>Another photo</source>
        <translation>صورة أخرى</translation>
    </message>
    <message>
        <source>Changing {title} (code {code}). Put right what is wrong, then “Save changes”.</source>
        <translation>تعديل {title} (الرمز {code}). صحّح ما هو خطأ، ثم اضغط «احفظ التغييرات».</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Who gave it?</source>
        <translation>من تبرّع به؟</translation>
    </message>
    <message>
        <source>Photo (not readable)</source>
        <translation>صورة (غير مقروءة)</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>أُضيفت الصورة</translation>
    </message>
    <message>
        <source>Photo of the item</source>
        <translation>صورة الغرض</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>لا يمكن قراءة الملف: {reason}</translation>
    </message>
    <message>
        <source>Tap the category first.</source>
        <translation>اضغط على الفئة أولًا.</translation>
    </message>
    <message>
        <source>Taken in: {title}, code {code}.</source>
        <translation>تم الاستلام: {title}، الرمز {code}.</translation>
    </message>
    <message>
        <source>Saved: {title}, code {code}. Print a new label if the price changed.</source>
        <translation>تم الحفظ: {title}، الرمز {code}. اطبع ملصقًا جديدًا إذا تغيّر السعر.</translation>
    </message>
    <message>
        <source>Printing the label...</source>
        <translation>جارٍ طباعة الملصق...</translation>
    </message>
    <message>
        <source>The label is at the printer (job {job}).</source>
        <translation>الملصق عند الطابعة (مهمة الطباعة {job}).</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>التقط الصورة</translation>
    </message>
    <message>
        <source>The camera cannot be used. Choose a photo from a file instead.</source>
        <translation>لا يمكن استخدام الكاميرا. اختر صورة من ملف بدلًا منها.</translation>
    </message>
    <message>
        <source>Price in euros (for example 12,50)</source>
        <translation>السعر باليورو (مثلًا 12,50)</translation>
    </message>
    <message>
        <source>Maker: tap to choose</source>
        <translation>الصانع: اضغط للاختيار</translation>
    </message>
    <message>
        <source>Maker: {name}</source>
        <translation>الصانع: {name}</translation>
    </message>
    <message>
        <source>{code}  ·  {title}  ·  {price}  ·  {left} of {quantity} left  ·  {maker}</source>
        <translation>{code}  ·  {title}  ·  {price}  ·  بقي {left} من {quantity}  ·  {maker}</translation>
    </message>
    <message>
        <source>{maker}: {sold} sold for {gross}, less {commission} commission: to pay {net}</source>
        <translation>{maker}: بِيع {sold} بمبلغ {gross}، ناقص عمولة {commission}: المبلغ المستحق {net}</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <source>Add to the shop</source>
        <translation>أضف إلى المتجر</translation>
    </message>
    <message>
        <source>Made by neighbours, in the shop</source>
        <translation>أشياء صنعها الجيران، في المتجر</translation>
    </message>
    <message>
        <source>Neighbour-made items</source>
        <translation>أشياء صنعها الجيران</translation>
    </message>
    <message>
        <source>Payout for</source>
        <translation>مستحقات الصانع عن</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Payouts to makers</source>
        <translation>مستحقات الصانعين</translation>
    </message>
    <message>
        <source>Nothing made by neighbours yet.</source>
        <translation>لا توجد بعد أشياء صنعها الجيران.</translation>
    </message>
    <message>
        <source>Who made it?</source>
        <translation>من صنعه؟</translation>
    </message>
    <message>
        <source>Changing {title} (code {code}). Put right what is wrong, then “Save”.</source>
        <translation>تعديل {title} (الرمز {code}). صحّح ما هو خطأ، ثم اضغط «حفظ».</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Choose the maker first, or scan their card.</source>
        <translation>اختر الصانع أولًا، أو امسح بطاقته.</translation>
    </message>
    <message>
        <source>Type the price in euros, for example 12,50.</source>
        <translation>اكتب السعر باليورو، مثلًا 12,50.</translation>
    </message>
    <message>
        <source>In the shop: {title} by {maker}, code {code}.</source>
        <translation>في المتجر: {title} من صنع {maker}، الرمز {code}.</translation>
    </message>
    <message>
        <source>Tap the maker whose payout to print.</source>
        <translation>اضغط على الصانع الذي تريد طباعة مستحقاته.</translation>
    </message>
    <message>
        <source>Printing the payout...</source>
        <translation>جارٍ طباعة المستحقات...</translation>
    </message>
    <message>
        <source>The payout is at the printer (job {job}).</source>
        <translation>المستحقات عند الطابعة (مهمة الطباعة {job}).</translation>
    </message>
</context>
<context>
    <name>ShopCounter</name>
    <message>
        <source>This card is not known here.</source>
        <translation>هذه البطاقة غير معروفة هنا.</translation>
    </message>
    <message>
        <source>This card has been replaced. Ask for the new card.</source>
        <translation>تم تغيير هذه البطاقة. اطلب البطاقة الجديدة.</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>الغرض التالي</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</source>
        <translation>«{code}» ليس رمز غرض. الرمز فيه 6 حروف وأرقام، كما على الملصق.</translation>
    </message>
    <message>
        <source>Or pick what {name} reserved:</source>
        <translation>أو اختر ما حجزه {name}:</translation>
    </message>
    <message>
        <source>Or pick a reserved item:</source>
        <translation>أو اختر غرضًا محجوزًا:</translation>
    </message>
    <message>
        <source>Sold without a card</source>
        <translation>بِيع بدون بطاقة</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>المطلوب دفعه: {amount}</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>لا يوجد مبلغ للدفع</translation>
    </message>
    <message>
        <source>{shelf}: no limit a week.</source>
        <translation>{shelf}: بلا حدّ أسبوعي.</translation>
    </message>
    <message>
        <source>{shelf}: {taken} of {limit} this week.</source>
        <translation>{shelf}: {taken} من {limit} هذا الأسبوع.</translation>
    </message>
    <message>
        <source>{name} reserved this.</source>
        <translation>حجز {name} هذا الغرض.</translation>
    </message>
    <message>
        <source>Past the fair share. Reason: {reason}</source>
        <translation>أكثر من الحصة العادلة. السبب: {reason}</translation>
    </message>
    <message>
        <source>This is more than the fair share: at most {limit} a week.</source>
        <translation>هذا أكثر من الحصة العادلة: {limit} في الأسبوع على الأكثر.</translation>
    </message>
    <message>
        <source>{shelf}: at most {limit} a week; {taken} this week, {count} more now.</source>
        <translation>{shelf}: {limit} في الأسبوع على الأكثر؛ {taken} هذا الأسبوع، والآن {count} أخرى.</translation>
    </message>
    <message>
        <source>The till is closed. Open the till first, then sell.</source>
        <translation>الصندوق مغلق. افتح الصندوق أولًا، ثم بِع.</translation>
    </message>
    <message>
        <source>Let them pay {amount} on the card terminal.</source>
        <translation>اطلب دفع {amount} على جهاز البطاقة البنكية.</translation>
    </message>
    <message>
        <source>Handed out to {name}</source>
        <translation>تم التسليم إلى {name}</translation>
    </message>
    <message>
        <source>{things}. Nothing to pay.</source>
        <translation>{things}. لا يوجد مبلغ للدفع.</translation>
    </message>
    <message>
        <source>{things}. Paid in cash: {due}. Give back: {change}.</source>
        <translation>{things}. دُفع نقدًا: {due}. أعِد الباقي: {change}.</translation>
    </message>
    <message>
        <source>{things}. Paid by card.</source>
        <translation>{things}. دُفع بالبطاقة البنكية.</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>عائلة كبيرة</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>مساعدة طارئة</translation>
    </message>
    <message>
        <source>Agreed with the coordinator</source>
        <translation>باتفاق مع المنسق</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation>مكتب المتجر</translation>
    </message>
    <message>
        <source>The till is closed: priced items are paid into it.</source>
        <translation>الصندوق مغلق: ثمن الأغراض التي لها سعر يُدفع فيه.</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>افتح الصندوق</translation>
    </message>
    <message>
        <source>1. Scan the label of the item.</source>
        <translation>1. امسح ملصق الغرض.</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>اكتب الرمز</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>كم العدد</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>غرض آخر</translation>
    </message>
    <message>
        <source>2. Scan the neighbour&apos;s card.</source>
        <translation>2. امسح بطاقة الجار.</translation>
    </message>
    <message>
        <source>Sell without a card</source>
        <translation>بِع بدون بطاقة</translation>
    </message>
    <message>
        <source>Other neighbour</source>
        <translation>جار آخر</translation>
    </message>
    <message>
        <source>Ask a staff member: only staff may hand out past the fair share.</source>
        <translation>اسأل موظفًا: الموظفون فقط يمكنهم إعطاء أكثر من الحصة العادلة.</translation>
    </message>
    <message>
        <source>Hand out anyway</source>
        <translation>سلّمه رغم ذلك</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بالبطاقة البنكية</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>سلّم</translation>
    </message>
    <message>
        <source>Type the code on the label</source>
        <translation>اكتب الرمز الموجود على الملصق</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Past the fair share</source>
        <translation>أكثر من الحصة العادلة</translation>
    </message>
    <message>
        <source>Why may it go anyway? The reason is kept with the hand-out.</source>
        <translation>لماذا يُسمح بأخذه رغم ذلك؟ يُحفظ السبب مع التسليم.</translation>
    </message>
    <message>
        <source>Or tap here and type the reason</source>
        <translation>أو اضغط هنا واكتب السبب</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>تم الدفع على جهاز البطاقة البنكية</translation>
    </message>
    <message>
        <source>{shelf} · {condition}</source>
        <translation>{shelf} · {condition}</translation>
    </message>
    <message>
        <source>Price: {amount}</source>
        <translation>السعر: {amount}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Cleared from the shop.</source>
        <translation>أُزيل من المتجر.</translation>
    </message>
    <message>
        <source>None left: reserved for someone else.</source>
        <translation>لم يبقَ شيء: محجوز لشخص آخر.</translation>
    </message>
    <message>
        <source>None left: all handed out.</source>
        <translation>لم يبقَ شيء: سُلّم كله.</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>بقي {count}</translation>
    </message>
</context>
<context>
    <name>ShopScreen</name>
    <message>
        <source>Scan your card to reserve something.</source>
        <translation>امسح بطاقتك لتحجز شيئًا.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Buy it at the counter: {price}.</source>
        <translation>اشترِه عند مكتب الاستقبال: {price}.</translation>
    </message>
    <message>
        <source>{title} is reserved for you until {when}. Collect it at the counter.</source>
        <translation>{title} محجوز لك حتى {when}. استلمه عند مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Looking for:</source>
        <translation>أبحث عن:</translation>
    </message>
    <message>
        <source>Giveaway shop</source>
        <translation>متجر الأغراض المجانية</translation>
    </message>
    <message>
        <source>My things</source>
        <translation>أغراضي</translation>
    </message>
    <message>
        <source>Everything here is free to take, unless it has a price. Tap a shelf to see what is on it.</source>
        <translation>كل شيء هنا مجاني، إلا إذا كان عليه سعر. اضغط على رفّ لترى ما عليه.</translation>
    </message>
    <message>
        <source>Nothing on this shelf just now. Come back another day!</source>
        <translation>لا يوجد شيء على هذا الرفّ الآن. عُد في يوم آخر!</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Reserve it for me</source>
        <translation>احجزه لي</translation>
    </message>
    <message>
        <source>Reserved for you</source>
        <translation>محجوز لك</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>رجوع إلى المتجر</translation>
    </message>
    <message>
        <source>{name}, tap a thing to reserve it.</source>
        <translation>{name}، اضغط على غرض لتحجزه.</translation>
    </message>
    <message>
        <source>Made by a neighbour · {price}</source>
        <translation>صنعه أحد الجيران · {price}</translation>
    </message>
    <message>
        <source>{condition} · {price}</source>
        <translation>{condition} · {price}</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>بقي {count}</translation>
    </message>
    <message>
        <source>You reserved it. Collect it at the counter before {when}.</source>
        <translation>حجزته. استلمه عند مكتب الاستقبال قبل {when}.</translation>
    </message>
    <message>
        <source>Someone else has it now.</source>
        <translation>أصبح الآن عند شخص آخر.</translation>
    </message>
    <message>
        <source>We keep it for you at the counter for a few days.</source>
        <translation>نحفظه لك عند مكتب الاستقبال بضعة أيام.</translation>
    </message>
    <message>
        <source>It goes back on the shelf.</source>
        <translation>يعود الغرض إلى الرفّ.</translation>
    </message>
    <message>
        <source>Taken off your wanted list.</source>
        <translation>حُذف من قائمة ما أبحث عنه.</translation>
    </message>
    <message>
        <source>On your wanted list. When it comes in, we tell you the next time you scan your card.</source>
        <translation>أضفناه إلى قائمة ما أبحث عنه. عندما يصل، نخبرك في المرة القادمة التي تمسح فيها بطاقتك.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>A few words (you may leave this empty)</source>
        <translation>بضع كلمات (يمكنك تركها فارغة)</translation>
    </message>
    <message>
        <source>I am looking for ...</source>
        <translation>أبحث عن ...</translation>
    </message>
    <message>
        <source>Nothing reserved.</source>
        <translation>لم تحجز شيئًا.</translation>
    </message>
    <message>
        <source>I don&apos;t want it</source>
        <translation>لا أريده</translation>
    </message>
    <message>
        <source>Collect it at the counter before {when}</source>
        <translation>استلمه عند مكتب الاستقبال قبل {when}</translation>
    </message>
    <message>
        <source>What you are looking for</source>
        <translation>ما تبحث عنه</translation>
    </message>
    <message>
        <source>Nothing yet. Tell us what you are looking for: when it comes in, we tell you the next time you scan your card.</source>
        <translation>لا شيء بعد. أخبرنا عمّا تبحث عنه: عندما يصل، نخبرك في المرة القادمة التي تمسح فيها بطاقتك.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>عن ماذا تبحث؟</translation>
    </message>
    <message>
        <source>Tap where it would be:</source>
        <translation>اضغط على الرفّ الذي يناسبه:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>To the shop</source>
        <translation>إلى المتجر</translation>
    </message>
    <message>
        <source>Something you were looking for came in: {title}</source>
        <translation>وصل شيء كنت تبحث عنه: {title}</translation>
    </message>
    <message>
        <source>Things you were looking for came in!</source>
        <translation>وصلت أشياء كنت تبحث عنها!</translation>
    </message>
    <message>
        <source>Look at it</source>
        <translation>شاهده</translation>
    </message>
    <message>
        <source>You asked for: {what}</source>
        <translation>طلبت: {what}</translation>
    </message>
    <message>
        <source>{count} on the shelf</source>
        <translation>{count} على الرفّ</translation>
    </message>
    <message>
        <source>Empty just now</source>
        <translation>فارغ الآن</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Staff mode</source>
        <translation>وضع الموظفين</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>اخرج من وضع الموظفين</translation>
    </message>
    <message>
        <source>Close Trefpuntje</source>
        <translation>أغلق Trefpuntje</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدول الأسبوع</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>الوجبات</translation>
    </message>
    <message>
        <source>Meal pick-up</source>
        <translation>استلام الوجبات</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Find a member by name</source>
        <translation>ابحث عن عضو بالاسم</translation>
    </message>
    <message>
        <source>Search by first name</source>
        <translation>ابحث بالاسم الأول</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Staff mode: {name}</source>
        <translation>وضع الموظفين: {name}</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: {field}</source>
        <translation>أقل: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>أكثر: {field}</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>Name of the task</source>
        <translation>اسم المهمة</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>الرمز المصوّر</translation>
    </message>
    <message>
        <source>Add as a new task</source>
        <translation>أضف كمهمة جديدة</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>احفظ التعديل</translation>
    </message>
    <message>
        <source>Back to the roster</source>
        <translation>رجوع إلى الجدول</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>لم تعد مستخدمة</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (لم تعد مستخدمة)</translation>
    </message>
    <message>
        <source>New task: {name}.</source>
        <translation>مهمة جديدة: {name}.</translation>
    </message>
    <message>
        <source>Saved: {name}. Its hours stay with it.</source>
        <translation>تم الحفظ: {name}. تبقى ساعاتها معها.</translation>
    </message>
    <message>
        <source>Tap once more to retire {name}. Its hours stay counted.</source>
        <translation>اضغط مرة أخرى لإيقاف {name}. تبقى ساعاتها محسوبة.</translation>
    </message>
    <message>
        <source>{name} is no longer in use. Its hours stay counted.</source>
        <translation>{name} لم تعد مستخدمة. تبقى ساعاتها محسوبة.</translation>
    </message>
</context>
<context>
    <name>TillAdmin</name>
    <message>
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>افتح الصندوق</translation>
    </message>
    <message>
        <source>Go to the till</source>
        <translation>إلى الصندوق</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>تقرير X (حتى الآن)</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>أرجعه الزبون</translation>
    </message>
    <message>
        <source>Wrong payment</source>
        <translation>دفع خاطئ</translation>
    </message>
    <message>
        <source>Take back a sale</source>
        <translation>إرجاع عملية بيع</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>أغلق الصندوق</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المبلغ المعدود</translation>
    </message>
    <message>
        <source>Print (receipt roll)</source>
        <translation>اطبع (لفافة الإيصالات)</translation>
    </message>
    <message>
        <source>Print (A4)</source>
        <translation>اطبع (A4)</translation>
    </message>
    <message>
        <source>Which sale?</source>
        <translation>أي عملية بيع؟</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>آخر المبيعات</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Void (a mistake)</source>
        <translation>إلغاء (خطأ)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <source>The till is closed.</source>
        <translation>الصندوق مغلق.</translation>
    </message>
    <message>
        <source>Open since {time} (session {number}), opened by {name}.
Float {float}; {sales} sales; expected in the drawer: {expected}.</source>
        <translation>مفتوح منذ {time} (الجلسة {number})، فتحه {name}.
المبلغ الافتتاحي {float}؛ المبيعات: {sales}؛ المتوقع في الدرج: {expected}.</translation>
    </message>
    <message>
        <source>Count the float you put in the drawer:</source>
        <translation>عُدّ المبلغ الافتتاحي الذي تضعه في الدرج:</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer:</source>
        <translation>عُدّ كل النقود في الدرج:</translation>
    </message>
    <message>
        <source>Type the amount you counted.</source>
        <translation>اكتب المبلغ الذي عددته.</translation>
    </message>
    <message>
        <source>The till is open. Float: {float}.</source>
        <translation>الصندوق مفتوح. المبلغ الافتتاحي: {float}.</translation>
    </message>
    <message>
        <source>Z report {number}: the till is closed</source>
        <translation>تقرير Z رقم {number}: الصندوق مغلق</translation>
    </message>
    <message>
        <source>Expected in the drawer: {amount}</source>
        <translation>المتوقع في الدرج: {amount}</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>المعدود: {amount}</translation>
    </message>
    <message>
        <source>Over: {amount}</source>
        <translation>زيادة: {amount}</translation>
    </message>
    <message>
        <source>Short: {amount}</source>
        <translation>نقص: {amount}</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>الفرق: {amount}</translation>
    </message>
    <message>
        <source>Sales: {count}, total {amount}</source>
        <translation>المبيعات: {count}، المجموع {amount}</translation>
    </message>
    <message>
        <source>Voids and refunds: {count}</source>
        <translation>الإلغاءات والاستردادات: {count}</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>جارٍ الإرسال إلى الطابعة...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>First tap the sale to take back.</source>
        <translation>اضغط أولًا على عملية البيع التي تريد إرجاعها.</translation>
    </message>
    <message>
        <source>Recorded as {number}. Give back {amount} in cash.</source>
        <translation>سُجّل برقم {number}. أرجِع {amount} نقدًا.</translation>
    </message>
    <message>
        <source>Recorded as {number}.</source>
        <translation>سُجّل برقم {number}.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <source>cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>card</source>
        <translation>بالبطاقة البنكية</translation>
    </message>
    <message>
        <source>coffee card</source>
        <translation>ببطاقة القهوة</translation>
    </message>
    <message>
        <source>free</source>
        <translation>مجانًا</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>واحد أقل</translation>
    </message>
    <message>
        <source>Undo last sale</source>
        <translation>تراجع عن آخر بيع</translation>
    </message>
    <message>
        <source>Other customer</source>
        <translation>زبون آخر</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة بنكية</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>بطاقة القهوة</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>امسح الكل</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>دُفع بجهاز البطاقة البنكية</translation>
    </message>
    <message>
        <source>Scan the card</source>
        <translation>امسح البطاقة</translation>
    </message>
    <message>
        <source>Pay in cash</source>
        <translation>ادفع نقدًا</translation>
    </message>
    <message>
        <source>Why is it free?</source>
        <translation>لماذا هو مجاني؟</translation>
    </message>
    <message>
        <source>Yes, take it back</source>
        <translation>نعم، أرجِعها</translation>
    </message>
    <message>
        <source>The till is closed</source>
        <translation>الصندوق مغلق</translation>
    </message>
    <message>
        <source>To sell, a coordinator opens the till in staff mode and counts the float into the drawer.</source>
        <translation>لكي تبيع، يفتح المنسق الصندوق في وضع الموظفين، ويعدّ المبلغ الافتتاحي ويضعه في الدرج.</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>افتح الصندوق</translation>
    </message>
    <message>
        <source>Coffee card? Scan it.</source>
        <translation>بطاقة قهوة؟ امسحها.</translation>
    </message>
    <message>
        <source>{name}: {strips} strips on the coffee card</source>
        <translation>{name}: {strips} خانات على بطاقة القهوة</translation>
    </message>
    <message>
        <source>Last sale {number}: {amount}, {payment}</source>
        <translation>آخر عملية بيع {number}: {amount}، {payment}</translation>
    </message>
    <message>
        <source>Scan the card of the person the coffee card is for.</source>
        <translation>امسح بطاقة الشخص الذي ستكون له بطاقة القهوة.</translation>
    </message>
    <message>
        <source>Scan the coffee card now.</source>
        <translation>امسح بطاقة القهوة الآن.</translation>
    </message>
    <message>
        <source>Let the customer pay {amount} on the card terminal.</source>
        <translation>اطلب من الزبون أن يدفع {amount} بجهاز البطاقة البنكية.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>أرجِع المبلغ</translation>
    </message>
    <message>
        <source>Sale {number} paid in cash: {due}.</source>
        <translation>عملية البيع {number} دُفعت نقدًا: {due}.</translation>
    </message>
    <message>
        <source>Paid with the coffee card</source>
        <translation>دُفع ببطاقة القهوة</translation>
    </message>
    <message>
        <source>1 strip</source>
        <translation>1 خانة</translation>
    </message>
    <message>
        <source>{strips} strips</source>
        <translation>{strips} خانات</translation>
    </message>
    <message>
        <source>{name}: {left} strips left.</source>
        <translation>{name}: بقيت {left} خانات.</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>دُفع بالبطاقة البنكية</translation>
    </message>
    <message>
        <source>Sale {number}.</source>
        <translation>عملية البيع {number}.</translation>
    </message>
    <message>
        <source>Sale {number} recorded as free.</source>
        <translation>سُجّلت عملية البيع {number} مجانية.</translation>
    </message>
    <message>
        <source>{name}: {left} strips on the coffee card.</source>
        <translation>{name}: {left} خانات على بطاقة القهوة.</translation>
    </message>
    <message>
        <source>Printing the receipt...</source>
        <translation>جارٍ طباعة الإيصال...</translation>
    </message>
    <message>
        <source>Receipt sent to the printer (job {job}).</source>
        <translation>أُرسل الإيصال إلى الطابعة (المهمة {job}).</translation>
    </message>
    <message>
        <source>Take back sale {number}? Give back {amount} in cash.</source>
        <translation>إرجاع عملية البيع {number}؟ أرجِع {amount} نقدًا.</translation>
    </message>
    <message>
        <source>Take back sale {number} ({amount}, {payment})?</source>
        <translation>إرجاع عملية البيع {number} ({amount}، {payment})؟</translation>
    </message>
    <message>
        <source>Sale taken back. Give back {amount}.</source>
        <translation>أُرجعت عملية البيع. أرجِع {amount}.</translation>
    </message>
    <message>
        <source>Sale taken back.</source>
        <translation>أُرجعت عملية البيع.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>المبلغ بالضبط</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>المستلَم:</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>المبلغ المستلَم</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>تم الدفع</translation>
    </message>
    <message>
        <source>To pay: {due} (rounded from {total})</source>
        <translation>المطلوب: {due} (مقرّب من {total})</translation>
    </message>
    <message>
        <source>To pay: {due}</source>
        <translation>المطلوب: {due}</translation>
    </message>
    <message>
        <source>Tap the notes received, or type the amount.</source>
        <translation>اضغط على الأوراق النقدية التي استلمتها، أو اكتب المبلغ.</translation>
    </message>
    <message>
        <source>That is more than the till accepts. Check the amount.</source>
        <translation>هذا أكثر مما يقبله الصندوق. تحقّق من المبلغ.</translation>
    </message>
    <message>
        <source>{missing} is missing</source>
        <translation>ينقص {missing}</translation>
    </message>
    <message>
        <source>Change: {change}</source>
        <translation>الباقي: {change}</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>اطبع الإيصال</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>الزبون التالي</translation>
    </message>
</context>
<context>
    <name>TypingPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Card not recognised. Ask a volunteer for help.</source>
        <translation>لم نتعرّف على البطاقة. اطلب المساعدة من متطوع.</translation>
    </message>
    <message>
        <source>Card not recognised. Hold it still and try again.</source>
        <translation>لم نتعرّف على البطاقة. أمسكها بثبات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This card has been replaced. Please use your new card.</source>
        <translation>تم تغيير هذه البطاقة. استخدم بطاقتك الجديدة من فضلك.</translation>
    </message>
    <message>
        <source>First answer the question on the screen, then scan again.</source>
        <translation>أجب أولًا عن السؤال على الشاشة، ثم امسح بطاقتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>أهلًا بك يا {name}!</translation>
    </message>
    <message>
        <source>You are checked in for {title}.</source>
        <translation>تم تسجيل حضورك في {title}.</translation>
    </message>
    <message>
        <source>You were already checked in for {title}.</source>
        <translation>سبق أن سجّلت حضورك في {title}.</translation>
    </message>
    <message>
        <source>You can sign up now. A volunteer will give you your card.</source>
        <translation>يمكنك التسجيل الآن. سيعطيك متطوع بطاقتك.</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>Add hours afterwards</source>
        <translation>أضف ساعات لاحقًا</translation>
    </message>
    <message>
        <source>Hours given afterwards</source>
        <translation>ساعات تُضاف لاحقًا</translation>
    </message>
    <message>
        <source>A coordinator approves them. Pick the task, the day, the start and how long.</source>
        <translation>يوافق عليها المنسق. اختر المهمة، واليوم، ووقت البدء، والمدة.</translation>
    </message>
    <message>
        <source>Earlier or shorter</source>
        <translation>أبكر أو أقصر</translation>
    </message>
    <message>
        <source>Later or longer</source>
        <translation>لاحقًا أو أطول</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>أرسل للموافقة</translation>
    </message>
    <message>
        <source>Volunteering today? Scan your card to start or stop.</source>
        <translation>متطوع اليوم؟ امسح بطاقتك لتبدأ أو لتتوقف.</translation>
    </message>
    <message>
        <source>{name}, would you like to help too? Ask a coordinator: everyone is welcome.</source>
        <translation>{name}، هل تريد أن تساعد أيضًا؟ اسأل المنسق: الجميع مرحّب بهم.</translation>
    </message>
    <message>
        <source>{name}, you started {task} at {time}.</source>
        <translation>{name}، بدأت {task} في الساعة {time}.</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>توقّف الآن</translation>
    </message>
    <message>
        <source>{name}, which task do you start?</source>
        <translation>{name}، بأي مهمة تبدأ؟</translation>
    </message>
    <message>
        <source>Your next shifts</source>
        <translation>مناوباتك القادمة</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>لا شيء مخطط له.</translation>
    </message>
    <message>
        <source>Open shifts: sign up</source>
        <translation>مناوبات مفتوحة: سجّل</translation>
    </message>
    <message>
        <source>Started: {task}. Thank you!</source>
        <translation>بدأت: {task}. شكرًا لك!</translation>
    </message>
    <message>
        <source>Stopped: {task}, {hours}:{minutes:02d} hours. Thank you!</source>
        <translation>انتهيت: {task}، {hours}:{minutes:02d} ساعة. شكرًا لك!</translation>
    </message>
    <message>
        <source>You are on the roster: {shift}</source>
        <translation>أنت في الجدول: {shift}</translation>
    </message>
    <message>
        <source>From {time}</source>
        <translation>من {time}</translation>
    </message>
    <message>
        <source>For {hours}:{minutes:02d} hours</source>
        <translation>لمدة {hours}:{minutes:02d} ساعة</translation>
    </message>
    <message>
        <source>Thank you! A coordinator will approve these hours.</source>
        <translation>شكرًا لك! سيوافق المنسق على هذه الساعات.</translation>
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
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s personal data has been erased.</source>
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
        <translation type="unfinished">أنشطة</translation>
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
        <translation type="unfinished">حُفظ في {path}.</translation>
    </message>
    <message>
        <source>Together: {hours} hours by {count} volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors who also volunteer or cook: {count} of {visitors} ({percent}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: {waiting}; forgotten clock-outs to correct: {flagged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowance caps for {year} are not set; those of {figures} are used. Check them and set them: trefpuntje hours caps {year} ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance of {name}: {amount} against the cap of {cap} ({kind}{month}): {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax-free allowance caps {year}: {hour} an hour ({young} under 21), {month} a month, {whole} a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set for {year}: these are the figures of {figures}.</source>
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
    <message>
        <source>{count} records, together {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup is saved and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept: {kept}; older ones removed: {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was already made: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins from before {day} no longer name anyone; changed now: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors not seen since {day}, for a coordinator to consider: {count} (trefpuntje member inactive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal orders not collected in time, recorded now: {count}; allergy data of past meals removed now: {purged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop reservations that ran out, back on the shelf now: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inactive visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {rows} rows into {url}; every table was checked and matches. Point every terminal at it with --database-url or TREFPUNTJE_DATABASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {portions} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meals on offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions collected in {month}, to pay to the cooks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meals} meals, {portions} portions collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together: {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meals</source>
        <translation type="unfinished">وجبات</translation>
    </message>
    <message>
        <source>meal orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished">مجاني</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in as {code}: {title}. Print its label with: trefpuntje print label {code} -o label.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {code} {title}, {on_shelf} of {quantity} on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shelf for more than {weeks} weeks: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear them with: trefpuntje shop clear CODE ... --to kringloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: {count} of {asked} (an item already gone is skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} on the shelf</source>
        <translation type="unfinished">{count} على الرفّ</translation>
    </message>
    <message>
        <source>Labels: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop hand-outs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two PINs differ. Nothing was saved.</source>
        <translation>الرقمان السريّان غير متطابقين. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore.</source>
        <translation>هذا يعمل مع ملف SQLite فقط. مع PostgreSQL استخدم pg_dump و pg_restore.</translation>
    </message>
    <message>
        <source>{text} is not a week; write it like 2026-W49.</source>
        <translation>{text} ليس أسبوعًا؛ اكتبه هكذا: 2026-W49.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>يحتاج النشاط إلى عنوان.</translation>
    </message>
    <message>
        <source>A title can be at most {limit} characters.</source>
        <translation>يمكن أن يكون العنوان {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The number of places must be at least 1, or no limit.</source>
        <translation>يجب أن يكون عدد الأماكن 1 على الأقل، أو بلا حدّ.</translation>
    </message>
    <message>
        <source>An activity lasts at least one minute.</source>
        <translation>يستمر النشاط دقيقة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>An activity lasts at most {limit} minutes.</source>
        <translation>يستمر النشاط {limit} دقيقة على الأكثر.</translation>
    </message>
    <message>
        <source>The number of places can be at most {limit}, or no limit.</source>
        <translation>يمكن أن يكون عدد الأماكن {limit} على الأكثر، أو بلا حدّ.</translation>
    </message>
    <message>
        <source>A place can be at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم المكان {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>لا يمكن أن ينتهي النشاط قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>That date has passed. Choose today or a later day.</source>
        <translation>هذا التاريخ مضى. اختر اليوم أو يومًا بعده.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>هذا النشاط لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This session is over; it can no longer be changed.</source>
        <translation>انتهى هذا اللقاء؛ لم يعد من الممكن تغييره.</translation>
    </message>
    <message>
        <source>{count} people have already signed up; the places cannot go below that.</source>
        <translation>عدد المسجّلين الآن {count}؛ لا يمكن أن يقل عدد الأماكن عن ذلك.</translation>
    </message>
    <message>
        <source>This database already holds data. Nothing was changed. Use --force to delete everything and start afresh with demo data.</source>
        <translation>قاعدة البيانات هذه فيها بيانات من قبل. لم يتغيّر أي شيء. استخدم --force لحذف كل شيء والبدء من جديد ببيانات تجريبية.</translation>
    </message>
    <message>
        <source>A last name can be at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم العائلة {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A phone number can be at most {limit} characters.</source>
        <translation>يمكن أن يكون رقم الهاتف {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>An e-mail address can be at most {limit} characters.</source>
        <translation>يمكن أن يكون عنوان البريد الإلكتروني {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A postcode can be at most {limit} characters.</source>
        <translation>يمكن أن يكون الرمز البريدي {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A birth year band can be at most {limit} characters.</source>
        <translation>يمكن أن تكون فئة سنة الميلاد {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The languages can be at most {limit} characters.</source>
        <translation>يمكن أن تكون اللغات معًا {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A first name is needed.</source>
        <translation>الاسم الأول مطلوب.</translation>
    </message>
    <message>
        <source>A first name can be at most {limit} characters.</source>
        <translation>يمكن أن يكون الاسم الأول {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Choose one of: {choices}.</source>
        <translation>الدور {role} غير معروف. اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation>لا يوجد عضو بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>This is the last coordinator. Make someone else coordinator first; nothing was changed.</source>
        <translation>هذا آخر منسق. اجعل شخصًا آخر منسقًا أولًا؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>{id} is not a member id.</source>
        <translation>{id} ليس معرّف عضو.</translation>
    </message>
    <message>
        <source>Unknown setting {key}. Known settings: {known}.</source>
        <translation>الإعداد {key} غير معروف. الإعدادات المعروفة: {known}.</translation>
    </message>
    <message>
        <source>{value} is not a valid value for {key} ({help}).</source>
        <translation>{value} ليست قيمة صالحة لـ {key} ({help}).</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>الرقم السري من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>A staff PIN is for volunteers, staff and coordinators.</source>
        <translation>الرقم السري للعاملين خاص بالمتطوعين والموظفين والمنسقين.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje database (it is not an SQLite file).</source>
        <translation>{path} ليس قاعدة بيانات Trefpuntje (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>The database {path} cannot be written. Check its permissions.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {path}. تحقّق من صلاحياتها.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created. Choose another place with --db.</source>
        <translation>لا يمكن إنشاء المجلد {path}. اختر مكانًا آخر باستخدام --db.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written. Choose another place with --db.</source>
        <translation>لا يمكن الكتابة في المجلد {path}. اختر مكانًا آخر باستخدام --db.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} موجود من قبل. اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>The backup did not check out ({detail}). Nothing was saved.</source>
        <translation>النسخة الاحتياطية غير سليمة ({detail}). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>There is no room for the backup in {folder}. Nothing was saved there; make room or choose another folder.</source>
        <translation>لا توجد مساحة للنسخة الاحتياطية في {folder}. لم يُحفظ أي شيء هناك؛ أفرغ بعض المساحة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The backup could not be written: {detail}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ليس ملفًا.</translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje backup.</source>
        <translation>{path} ليس نسخة احتياطية من Trefpuntje.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore a backup.</source>
        <translation>قاعدة البيانات {path} تالفة ({detail}). استرجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Trefpuntje (schema {revision}). Install the newer version; the database was left untouched.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من Trefpuntje (المخطط {revision}). ثبّت الإصدار الأحدث؛ لم يتغيّر شيء في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>{url} holds tables that are not Trefpuntje&apos;s. It was left untouched.</source>
        <translation>في {url} جداول لا تخص Trefpuntje. لم يتغيّر فيها شيء.</translation>
    </message>
    <message>
        <source>The centre&apos;s database server cannot be reached ({detail}). Check the network and that the server is running, then start again.</source>
        <translation>لا يمكن الوصول إلى خادم قاعدة بيانات المركز ({detail}). تحقّق من الشبكة ومن أن الخادم يعمل، ثم ابدأ من جديد.</translation>
    </message>
    <message>
        <source>The database cannot be opened: {detail}</source>
        <translation>لا يمكن فتح قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed. For PostgreSQL: pip install &apos;trefpuntje[postgres]&apos;.</source>
        <translation>برنامج تشغيل قاعدة البيانات {driver} غير مثبّت. لـ PostgreSQL: pip install &apos;trefpuntje[postgres]&apos;.</translation>
    </message>
    <message>
        <source>{url} is not a database address ({detail}).</source>
        <translation>{url} ليس عنوان قاعدة بيانات ({detail}).</translation>
    </message>
    <message>
        <source>The upgrade would break links between records: {detail}</source>
        <translation>التحديث سيقطع الروابط بين السجلات: {detail}</translation>
    </message>
    <message>
        <source>This activity has been cancelled.</source>
        <translation>أُلغي هذا النشاط.</translation>
    </message>
    <message>
        <source>Checking in is possible from half an hour before the start until the end.</source>
        <translation>يمكن تسجيل الحضور من نصف ساعة قبل البداية حتى النهاية.</translation>
    </message>
    <message>
        <source>No-shows can be marked once the activity has begun.</source>
        <translation>يمكنك تحديد من لم يحضر بعد أن يبدأ النشاط.</translation>
    </message>
    <message>
        <source>This activity has already started; signing up is closed.</source>
        <translation>بدأ هذا النشاط بالفعل؛ التسجيل مغلق.</translation>
    </message>
    <message>
        <source>No need to sign up for this one: just come along.</source>
        <translation>لا حاجة للتسجيل في هذا النشاط: تعال فقط.</translation>
    </message>
    <message>
        <source>You are already signed up for this.</source>
        <translation>أنت مسجّل في هذا من قبل.</translation>
    </message>
    <message>
        <source>You were not signed up for this.</source>
        <translation>لم تكن مسجّلًا في هذا.</translation>
    </message>
    <message>
        <source>This activity has already started; it cannot be cancelled now.</source>
        <translation>بدأ هذا النشاط بالفعل؛ لا يمكن إلغاء التسجيل الآن.</translation>
    </message>
    <message>
        <source>Say where the pages should go: -o FILE, --to-printer or --printer NAME.</source>
        <translation>حدّد أين تذهب الصفحات: -o FILE أو --to-printer أو --printer NAME.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Give all four caps: --per-hour, --per-hour-under-21, --per-month and --per-year.</source>
        <translation>أدخل الحدود القصوى الأربعة كلها: --per-hour و --per-hour-under-21 و --per-month و --per-year.</translation>
    </message>
    <message>
        <source>There is no default printer. Name a printer, or make one the default in the printer settings.</source>
        <translation>لا توجد طابعة افتراضية. اذكر اسم طابعة، أو اجعل إحدى الطابعات افتراضية في إعدادات الطابعة.</translation>
    </message>
    <message>
        <source>There is no printer called {printer}.</source>
        <translation>لا توجد طابعة باسم {printer}.</translation>
    </message>
    <message>
        <source>Printing is not possible: this computer has no print system (CUPS). Ask for it to be installed.</source>
        <translation>لا يمكن الطباعة: لا يوجد نظام طباعة (CUPS) على هذا الحاسوب. اطلب تثبيته.</translation>
    </message>
    <message>
        <source>Printing is not possible: the print system (CUPS) is not running. Restarting the computer usually helps.</source>
        <translation>لا يمكن الطباعة: نظام الطباعة (CUPS) لا يعمل. إعادة تشغيل الحاسوب تحلّ المشكلة عادةً.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>الطابعة {printer} لم تقبل مهمة الطباعة: {reason}</translation>
    </message>
    <message>
        <source>Name one till session: its id, or --last for the most recent closed one.</source>
        <translation>حدّد جلسة صندوق واحدة: بمعرّفها، أو --last لآخر جلسة مغلقة.</translation>
    </message>
    <message>
        <source>{amount} cannot be right for the cash drawer. Count again.</source>
        <translation>لا يمكن أن يكون {amount} صحيحًا لدرج النقود. عُدّ مرة أخرى.</translation>
    </message>
    <message>
        <source>The till is already open (session {number}).</source>
        <translation>الصندوق مفتوح من قبل (الجلسة {number}).</translation>
    </message>
    <message>
        <source>No till session with id {id}.</source>
        <translation>لا توجد جلسة صندوق بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>This till session is already closed (Z report {z_number}).</source>
        <translation>جلسة الصندوق هذه مغلقة من قبل (تقرير Z رقم {z_number}).</translation>
    </message>
    <message>
        <source>Another till recorded something at the same moment. Nothing was saved; please try again.</source>
        <translation>صندوق آخر سجّل شيئًا في اللحظة نفسها. لم يُحفظ أي شيء؛ حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>A quantity is between 1 and {limit}.</source>
        <translation>الكمية بين 1 و {limit}.</translation>
    </message>
    <message>
        <source>Nothing to sell yet: tap a product first.</source>
        <translation>لا يوجد شيء للبيع بعد: اضغط على منتج أولًا.</translation>
    </message>
    <message>
        <source>{name} is no longer sold.</source>
        <translation>{name} لم يعد يُباع.</translation>
    </message>
    <message>
        <source>A coffee card is for a member: scan their card first.</source>
        <translation>بطاقة القهوة خاصة بعضو: امسح بطاقته أولًا.</translation>
    </message>
    <message>
        <source>A coffee card is paid in cash or by card.</source>
        <translation>يُدفع ثمن بطاقة القهوة نقدًا أو بالبطاقة البنكية.</translation>
    </message>
    <message>
        <source>To pay with strips, scan the coffee card first.</source>
        <translation>للدفع بالخانات، امسح بطاقة القهوة أولًا.</translation>
    </message>
    <message>
        <source>{name} cannot be paid with strips. Pay in cash or by card.</source>
        <translation>لا يمكن دفع ثمن {name} بالخانات. ادفع نقدًا أو بالبطاقة البنكية.</translation>
    </message>
    <message>
        <source>There are no strips left on this coffee card. Pay in cash or by card, or buy a new card.</source>
        <translation>لم تبقَ خانات على بطاقة القهوة هذه. ادفع نقدًا أو بالبطاقة البنكية، أو اشترِ بطاقة جديدة.</translation>
    </message>
    <message>
        <source>Only {balance} strips are left on this coffee card and this costs {needed}. Pay in cash or by card, or buy a new card.</source>
        <translation>الخانات الباقية على بطاقة القهوة هذه {balance} فقط، وهذا يكلّف {needed}. ادفع نقدًا أو بالبطاقة البنكية، أو اشترِ بطاقة جديدة.</translation>
    </message>
    <message>
        <source>Say why this is free, for example: volunteer on shift.</source>
        <translation>اذكر لماذا هذا مجاني، مثلًا: متطوع في مناوبته.</translation>
    </message>
    <message>
        <source>{payment} is not a way to pay here.</source>
        <translation>{payment} ليست طريقة دفع هنا.</translation>
    </message>
    <message>
        <source>Enter the amount of cash received.</source>
        <translation>أدخل مبلغ النقود المستلَم.</translation>
    </message>
    <message>
        <source>{received} in cash is more than the till accepts (at most {limit}). Check the amount.</source>
        <translation>{received} نقدًا أكثر مما يقبله الصندوق (الحد الأقصى {limit}). تحقّق من المبلغ.</translation>
    </message>
    <message>
        <source>{missing} is missing: {due} to pay, {received} received.</source>
        <translation>ينقص {missing}: المطلوب {due}، والمستلَم {received}.</translation>
    </message>
    <message>
        <source>{id} is not a sale id.</source>
        <translation>{id} ليس معرّف عملية بيع.</translation>
    </message>
    <message>
        <source>No sale with id {id}.</source>
        <translation>لا توجد عملية بيع بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>This is itself a reversal; it cannot be reversed.</source>
        <translation>هذه العملية نفسها إرجاع لعملية بيع؛ لا يمكن إرجاعها.</translation>
    </message>
    <message>
        <source>This sale has already been taken back.</source>
        <translation>أُرجعت عملية البيع هذه من قبل.</translation>
    </message>
    <message>
        <source>The strips of this coffee card have already been used; it cannot be taken back.</source>
        <translation>استُخدمت خانات بطاقة القهوة هذه من قبل؛ لا يمكن إرجاعها.</translation>
    </message>
    <message>
        <source>There is no sale to undo.</source>
        <translation>لا توجد عملية بيع للتراجع عنها.</translation>
    </message>
    <message>
        <source>The last sale was more than {minutes} minutes ago. A void in staff mode is needed now.</source>
        <translation>آخر عملية بيع كانت قبل أكثر من {minutes} دقيقة. الآن يلزم إلغاء في وضع الموظفين.</translation>
    </message>
    <message>
        <source>A sale is taken back as a void or a refund.</source>
        <translation>تُرجَع عملية البيع إما بإلغاء أو باسترداد المبلغ.</translation>
    </message>
    <message>
        <source>Say why the sale is taken back.</source>
        <translation>اذكر سبب إرجاع عملية البيع.</translation>
    </message>
    <message>
        <source>A category is at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم الفئة {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>يحتاج المنتج إلى اسم.</translation>
    </message>
    <message>
        <source>A product name is at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم المنتج {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A price is at least 0 and at most {limit}.</source>
        <translation>السعر 0 على الأقل و {limit} على الأكثر.</translation>
    </message>
    <message>
        <source>The VAT rate is 9 or 21 percent.</source>
        <translation>نسبة ضريبة القيمة المضافة 9 أو 21 بالمئة.</translation>
    </message>
    <message>
        <source>A number of strips is at least 1.</source>
        <translation>عدد الخانات 1 على الأقل.</translation>
    </message>
    <message>
        <source>A number of strips is at most {limit}.</source>
        <translation>عدد الخانات {limit} على الأكثر.</translation>
    </message>
    <message>
        <source>A place on the grid is a number up to {limit}.</source>
        <translation>المكان على الشبكة رقم حتى {limit}.</translation>
    </message>
    <message>
        <source>No product with id {id}.</source>
        <translation>لا يوجد منتج بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Till session {number} is still open; its Z report is made when it is closed.</source>
        <translation>جلسة الصندوق {number} ما زالت مفتوحة؛ يُعدّ تقرير Z عند إغلاقها.</translation>
    </message>
    <message>
        <source>No till session has been closed yet.</source>
        <translation>لم تُغلق أي جلسة صندوق بعد.</translation>
    </message>
    <message>
        <source>This is the last coordinator. Make someone else coordinator first; nothing was erased.</source>
        <translation>هذا آخر منسق. اجعل شخصًا آخر منسقًا أولًا؛ لم يُمحَ أي شيء.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached or made. Is the USB stick in?</source>
        <translation>لا يمكن الوصول إلى مجلد النسخ الاحتياطية {folder} أو إنشاؤه. هل ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Ask a coordinator to make room.</source>
        <translation>القرص ممتلئ: لم يُحفظ أي شيء. اطلب من المنسق إفراغ بعض المساحة.</translation>
    </message>
    <message>
        <source>Another terminal recorded hours at the same moment. Nothing was saved; please try again.</source>
        <translation>جهاز آخر سجّل ساعات في اللحظة نفسها. لم يُحفظ أي شيء؛ حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>The end is before the start. Nothing was saved.</source>
        <translation>النهاية قبل البداية. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Hours last at least one minute. Nothing was saved.</source>
        <translation>مدة الساعات دقيقة واحدة على الأقل. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>One entry is at most {limit} hours. Nothing was saved.</source>
        <translation>الإدخال الواحد {limit} ساعة على الأكثر. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Hours are added afterwards: this end is still ahead.</source>
        <translation>تُضاف الساعات بعد انتهائها: وهذه النهاية لم تأتِ بعد.</translation>
    </message>
    <message>
        <source>These hours overlap with {task} from {start} to {end}. Nothing was saved.</source>
        <translation>هذه الساعات تتداخل مع {task} من {start} إلى {end}. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>You are already clocked in since {start}. Stop that first.</source>
        <translation>سجّلت بداية عملك منذ {start}. أنهِ ذلك أولًا.</translation>
    </message>
    <message>
        <source>This shift is for another task.</source>
        <translation>هذه المناوبة لمهمة أخرى.</translation>
    </message>
    <message>
        <source>You are not clocked in, so there is nothing to stop.</source>
        <translation>لم تسجّل بداية عملك، فلا يوجد شيء لإيقافه.</translation>
    </message>
    <message>
        <source>The stop is before the start. Check this terminal&apos;s clock.</source>
        <translation>وقت التوقف قبل وقت البداية. تحقّق من ساعة هذا الجهاز.</translation>
    </message>
    <message>
        <source>A note is at most {limit} characters.</source>
        <translation>يمكن أن تكون الملاحظة {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Give either the end or the number of minutes.</source>
        <translation>أدخل إما وقت النهاية أو عدد الدقائق.</translation>
    </message>
    <message>
        <source>The time is a whole number of minutes.</source>
        <translation>المدة عدد صحيح من الدقائق.</translation>
    </message>
    <message>
        <source>Hours cannot be negative. Nothing was saved.</source>
        <translation>لا يمكن أن تكون الساعات بالسالب. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>An amount in cents is between 0 and {limit}.</source>
        <translation>المبلغ بالسنت بين 0 و {limit}.</translation>
    </message>
    <message>
        <source>{year} is not a year we can set caps for.</source>
        <translation>لا يمكن تحديد حدود قصوى لسنة {year}.</translation>
    </message>
    <message>
        <source>A source is at most {limit} characters.</source>
        <translation>يمكن أن يكون المصدر {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The cap per month cannot be more than the cap per year.</source>
        <translation>لا يمكن أن يكون الحد الأقصى الشهري أكبر من الحد الأقصى السنوي.</translation>
    </message>
    <message>
        <source>This member&apos;s data has been erased.</source>
        <translation>مُحيت بيانات هذا العضو.</translation>
    </message>
    <message>
        <source>{name} has no counted hours in {year} yet, so there is no certificate to print.</source>
        <translation>ليس لدى {name} ساعات محسوبة في {year} بعد، فلا توجد شهادة للطباعة.</translation>
    </message>
    <message>
        <source>These hours no longer exist.</source>
        <translation>هذه الساعات لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Someone else approves or corrects your own hours.</source>
        <translation>شخص آخر هو من يوافق على ساعاتك أو يصحّحها.</translation>
    </message>
    <message>
        <source>Say why: a correction needs a reason.</source>
        <translation>اذكر السبب: التصحيح يحتاج إلى سبب.</translation>
    </message>
    <message>
        <source>A reason is at most {limit} characters.</source>
        <translation>يمكن أن يكون السبب {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>These hours are not waiting for approval.</source>
        <translation>هذه الساعات لا تنتظر الموافقة.</translation>
    </message>
    <message>
        <source>Give the time these hours ended.</source>
        <translation>أدخل وقت انتهاء هذه الساعات.</translation>
    </message>
    <message>
        <source>Nothing to correct: the times and the task are the same.</source>
        <translation>لا يوجد شيء للتصحيح: الأوقات والمهمة كما هي.</translation>
    </message>
    <message>
        <source>These hours were already rejected.</source>
        <translation>رُفضت هذه الساعات من قبل.</translation>
    </message>
    <message>
        <source>These hours are still running. Correct them with an end instead.</source>
        <translation>هذه الساعات ما زالت جارية. صحّحها بإدخال وقت النهاية.</translation>
    </message>
    <message>
        <source>Hours are for volunteers and cooks. Ask a coordinator to add you as a volunteer.</source>
        <translation>الساعات للمتطوعين والطبّاخين. اطلب من المنسق أن يضيفك متطوعًا.</translation>
    </message>
    <message>
        <source>Only a coordinator or staff member can do this.</source>
        <translation>لا يستطيع فعل هذا إلا المنسق أو الموظف.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>هذه المهمة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The task {name} is no longer in use.</source>
        <translation>المهمة {name} لم تعد مستخدمة.</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>تحتاج المهمة إلى اسم.</translation>
    </message>
    <message>
        <source>A task name is at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم المهمة {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Unknown pictogram {name}. Choose one of: {choices}.</source>
        <translation>الرمز المصوّر {name} غير معروف. اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>There is already a task called {name}.</source>
        <translation>توجد من قبل مهمة باسم {name}.</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>هذه المناوبة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>A shift ends after it starts.</source>
        <translation>تنتهي المناوبة بعد أن تبدأ.</translation>
    </message>
    <message>
        <source>A shift lasts at most {limit} hours.</source>
        <translation>تستمر المناوبة {limit} ساعة على الأكثر.</translation>
    </message>
    <message>
        <source>A shift has between 1 and {limit} places.</source>
        <translation>عدد الأماكن في المناوبة بين 1 و {limit}.</translation>
    </message>
    <message>
        <source>More volunteers than places: this shift has {places}.</source>
        <translation>المتطوعون أكثر من الأماكن: عدد أماكن هذه المناوبة {places}.</translation>
    </message>
    <message>
        <source>{count} volunteers are on this shift; take someone off first.</source>
        <translation>عدد المتطوعين في هذه المناوبة {count}؛ أزل أحدهم أولًا.</translation>
    </message>
    <message>
        <source>{name} is already on another shift at that time.</source>
        <translation>{name} في مناوبة أخرى في ذلك الوقت.</translation>
    </message>
    <message>
        <source>This shift has been cancelled.</source>
        <translation>أُلغيت هذه المناوبة.</translation>
    </message>
    <message>
        <source>{name} is already on this shift.</source>
        <translation>{name} في هذه المناوبة من قبل.</translation>
    </message>
    <message>
        <source>This shift is full.</source>
        <translation>هذه المناوبة ممتلئة.</translation>
    </message>
    <message>
        <source>Someone took this place at the same moment. Nothing was saved; please try again.</source>
        <translation>أخذ شخص آخر هذا المكان في اللحظة نفسها. لم يُحفظ أي شيء؛ حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <source>This volunteer is not on this shift.</source>
        <translation>هذا المتطوع ليس في هذه المناوبة.</translation>
    </message>
    <message>
        <source>This shift has already started.</source>
        <translation>بدأت هذه المناوبة بالفعل.</translation>
    </message>
    <message>
        <source>This shift has already started. Tell a coordinator instead.</source>
        <translation>بدأت هذه المناوبة بالفعل. أخبر المنسق بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No connection to the centre&apos;s database: nothing was saved. Try again in a moment; if it goes on, ask a coordinator to check the network and the database server.</source>
        <translation>لا يوجد اتصال بقاعدة بيانات المركز: لم يُحفظ أي شيء. حاول مرة أخرى بعد قليل؛ وإذا استمرت المشكلة، اطلب من المنسق فحص الشبكة وخادم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The connection broke while saving. It may have been saved: check before you do it again.</source>
        <translation>انقطع الاتصال أثناء الحفظ. ربما حُفظ: تحقّق قبل أن تعيده.</translation>
    </message>
    <message>
        <source>{url} already holds Trefpuntje data (table {table}). Copy into an empty database only; it was left untouched.</source>
        <translation>في {url} بيانات Trefpuntje من قبل (الجدول {table}). انسخ إلى قاعدة بيانات فارغة فقط؛ لم يتغيّر فيها شيء.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>المصدر والهدف هما قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>The two databases have different schemas ({source} and {target}): upgrade both first.</source>
        <translation>لقاعدتي البيانات مخططان مختلفان ({source} و {target}): حدّث الاثنتين أولًا.</translation>
    </message>
    <message>
        <source>The target has no table {table}; it was left untouched.</source>
        <translation>لا يوجد في الهدف جدول {table}؛ لم يتغيّر فيه شيء.</translation>
    </message>
    <message>
        <source>The copy of table {table} does not match the original ({detail}); nothing was kept.</source>
        <translation>نسخة الجدول {table} لا تطابق الأصل ({detail})؛ لم يُحتفظ بأي شيء.</translation>
    </message>
    <message>
        <source>{id} is not a meal id.</source>
        <translation>{id} ليس رقم وجبة.</translation>
    </message>
    <message>
        <source>No meal with id {id}.</source>
        <translation>لا توجد وجبة بالرقم {id}.</translation>
    </message>
    <message>
        <source>The photo is empty. Take it again, or leave it out.</source>
        <translation>الصورة فارغة. التقطها مرة أخرى، أو لا تضع صورة.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {limit} kB).</source>
        <translation>الصورة كبيرة جدًا (الحد الأقصى {limit} kB).</translation>
    </message>
    <message>
        <source>A photo is a JPEG or PNG picture.</source>
        <translation>يجب أن تكون الصورة بصيغة JPEG أو PNG.</translation>
    </message>
    <message>
        <source>Ordering must close before the pick-up starts. Choose an earlier ordering deadline.</source>
        <translation>يجب أن يُغلق الطلب قبل بدء الاستلام. اختر موعدًا أبكر لآخر طلب.</translation>
    </message>
    <message>
        <source>Give the dish a name.</source>
        <translation>أعطِ الطبق اسمًا.</translation>
    </message>
    <message>
        <source>A dish name is at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم الطبق {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A description is at most {limit} characters.</source>
        <translation>يمكن أن يكون الوصف {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Offer at least 1 portion.</source>
        <translation>اعرض 1 حصة على الأقل.</translation>
    </message>
    <message>
        <source>At most {limit} portions can be offered at once.</source>
        <translation>يمكن عرض {limit} حصة على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <source>A contribution is at least 0 and at most {limit} a portion.</source>
        <translation>المساهمة 0 على الأقل و {limit} على الأكثر للحصة الواحدة.</translation>
    </message>
    <message>
        <source>The pick-up time ends before it starts. Check the times.</source>
        <translation>وقت الاستلام ينتهي قبل أن يبدأ. تحقّق من الأوقات.</translation>
    </message>
    <message>
        <source>The ordering deadline has already passed. Choose a later one.</source>
        <translation>آخر موعد للطلب مضى بالفعل. اختر موعدًا لاحقًا.</translation>
    </message>
    <message>
        <source>Unknown allergen {code}. The allergens are: {known}.</source>
        <translation>مسبّب الحساسية {code} غير معروف. مسبّبات الحساسية هي: {known}.</translation>
    </message>
    <message>
        <source>Tick the allergens in the dish, or tick &quot;none&quot;. A meal cannot be offered without.</source>
        <translation>اختر مسبّبات الحساسية الموجودة في الطبق، أو اختر «لا شيء». لا يمكن عرض وجبة بدون ذلك.</translation>
    </message>
    <message>
        <source>You ticked &quot;none&quot; and also allergens. Tick only the allergens in the dish, or only &quot;none&quot;.</source>
        <translation>اخترت «لا شيء» واخترت مسبّبات حساسية أيضًا. اختر مسبّبات الحساسية في الطبق فقط، أو «لا شيء» فقط.</translation>
    </message>
    <message>
        <source>A dish labelled {diet} cannot contain {allergens}.</source>
        <translation>الطبق المصنّف {diet} لا يمكن أن يحتوي على {allergens}.</translation>
    </message>
    <message>
        <source>Only a neighbour with the cook role can offer a meal.</source>
        <translation>لا يعرض الوجبات إلا جار له دور الطبّاخ.</translation>
    </message>
    <message>
        <source>Unknown diet label {code}. The labels are: {known}.</source>
        <translation>تصنيف الحمية {code} غير معروف. التصنيفات هي: {known}.</translation>
    </message>
    <message>
        <source>Each neighbour may order at least 1 portion.</source>
        <translation>يجب أن يُسمح لكل جار بطلب 1 حصة على الأقل.</translation>
    </message>
    <message>
        <source>Confirm the food-safety checklist first.</source>
        <translation>أكّد قائمة فحص سلامة الطعام أولًا.</translation>
    </message>
    <message>
        <source>Only the cook or staff can call off a meal.</source>
        <translation>لا يلغي الوجبة إلا الطبّاخ أو الموظفون.</translation>
    </message>
    <message>
        <source>This meal has already been called off.</source>
        <translation>أُلغيت هذه الوجبة من قبل.</translation>
    </message>
    <message>
        <source>This meal is over; it cannot be called off any more.</source>
        <translation>انتهت هذه الوجبة؛ لم يعد من الممكن إلغاؤها.</translation>
    </message>
    <message>
        <source>Only the neighbour themselves can see or change their allergies and diet.</source>
        <translation>لا يرى الحساسية والنظام الغذائي أو يغيّرهما إلا الجار نفسه.</translation>
    </message>
    <message>
        <source>This meal has been called off.</source>
        <translation>أُلغيت هذه الوجبة.</translation>
    </message>
    <message>
        <source>Ordering for this meal closed at {time}.</source>
        <translation>أُغلق الطلب لهذه الوجبة في الساعة {time}.</translation>
    </message>
    <message>
        <source>Order at least 1 portion.</source>
        <translation>اطلب 1 حصة على الأقل.</translation>
    </message>
    <message>
        <source>One neighbour can order at most {limit} portions of this meal.</source>
        <translation>يمكن للجار الواحد طلب {limit} حصة على الأكثر من هذه الوجبة.</translation>
    </message>
    <message>
        <source>You are already on the waiting list for this meal.</source>
        <translation>أنت على قائمة الانتظار لهذه الوجبة من قبل.</translation>
    </message>
    <message>
        <source>You have already ordered this meal ({portions} portions). To change it, cancel it first.</source>
        <translation>طلبت هذه الوجبة من قبل (عدد الحصص: {portions}). لتغيير الطلب، ألغِه أولًا.</translation>
    </message>
    <message>
        <source>Careful: this dish contains {allergens}, and you are allergic to it. Order anyway?</source>
        <translation>انتبه: هذا الطبق فيه {allergens}، وعندك حساسية منه. هل تطلبه رغم ذلك؟</translation>
    </message>
    <message>
        <source>This meal is sold out. You can join the waiting list.</source>
        <translation>نفدت هذه الوجبة. يمكنك الانضمام إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Only {left} portions are left. Order fewer, or join the waiting list.</source>
        <translation>الحصص الباقية {left} فقط. اطلب أقل، أو انضم إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>This order was just placed at another terminal. Nothing more was saved.</source>
        <translation>سُجّل هذا الطلب للتو على جهاز آخر. لم يُحفظ شيء إضافي.</translation>
    </message>
    <message>
        <source>{id} is not an order id.</source>
        <translation>{id} ليس رقم طلب.</translation>
    </message>
    <message>
        <source>You have no such order.</source>
        <translation>ليس لديك هذا الطلب.</translation>
    </message>
    <message>
        <source>This order has already been cancelled or collected.</source>
        <translation>أُلغي هذا الطلب أو استُلم من قبل.</translation>
    </message>
    <message>
        <source>Ordering closed at {time}: the order can no longer be cancelled. Please let the cook know.</source>
        <translation>أُغلق الطلب في الساعة {time}: لم يعد من الممكن إلغاء الطلب. أخبر الطبّاخ من فضلك.</translation>
    </message>
    <message>
        <source>{dish} has already been collected.</source>
        <translation>استُلم {dish} من قبل.</translation>
    </message>
    <message>
        <source>This is a place on the waiting list for {dish}, not an order.</source>
        <translation>هذا مكان في قائمة الانتظار لـ {dish}، وليس طلبًا.</translation>
    </message>
    <message>
        <source>This order for {dish} was cancelled or not collected in time.</source>
        <translation>طلب {dish} هذا أُلغي أو لم يُستلم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>{dish} can be collected from {time}.</source>
        <translation>يمكن استلام {dish} من الساعة {time}.</translation>
    </message>
    <message>
        <source>The pick-up time for {dish} ended at {time}.</source>
        <translation>انتهى وقت استلام {dish} في الساعة {time}.</translation>
    </message>
    <message>
        <source>The contribution goes to the cook: pay in cash, by card or with a coffee card.</source>
        <translation>المساهمة تذهب إلى الطبّاخ: ادفع نقدًا أو بالبطاقة البنكية أو ببطاقة القهوة.</translation>
    </message>
    <message>
        <source>Meals are not paid with coffee-card strips here.</source>
        <translation>لا تُدفع الوجبات هنا بخانات بطاقة القهوة.</translation>
    </message>
    <message>
        <source>Choose the orders to hand out.</source>
        <translation>اختر الطلبات التي ستسلّمها.</translation>
    </message>
    <message>
        <source>This neighbour has no such order.</source>
        <translation>ليس لدى هذا الجار هذا الطلب.</translation>
    </message>
    <message>
        <source>Choose how the contribution is paid: cash, card or coffee card.</source>
        <translation>اختر طريقة دفع المساهمة: نقدًا، أو بالبطاقة البنكية، أو ببطاقة القهوة.</translation>
    </message>
    <message>
        <source>A month is from 1 to 12.</source>
        <translation>الشهر رقم من 1 إلى 12.</translation>
    </message>
    <message>
        <source>Only the cook of this meal can see who ordered it and their allergies.</source>
        <translation>لا يرى من طلب هذه الوجبة وما عندهم من حساسية إلا طبّاخها.</translation>
    </message>
    <message>
        <source>{date} is outside the dates Trefpuntje works with ({first} to {last}). Check the date, or the computer&apos;s clock.</source>
        <translation>{date} خارج التواريخ التي يعمل بها Trefpuntje (من {first} إلى {last}). تحقّق من التاريخ، أو من ساعة الحاسوب.</translation>
    </message>
    <message>
        <source>{name} is not a pictogram.</source>
        <translation>{name} ليس رمزًا مصوّرًا.</translation>
    </message>
    <message>
        <source>This needs a volunteer, a staff member or a coordinator.</source>
        <translation>هذا يحتاج إلى متطوع أو موظف أو منسق.</translation>
    </message>
    <message>
        <source>This needs a staff member or a coordinator.</source>
        <translation>هذا يحتاج إلى موظف أو منسق.</translation>
    </message>
    <message>
        <source>This needs a coordinator.</source>
        <translation>هذا يحتاج إلى منسق.</translation>
    </message>
    <message>
        <source>A number of months is between 1 and {limit}.</source>
        <translation>عدد الأشهر بين 1 و {limit}.</translation>
    </message>
    <message>
        <source>The photo file is empty. Take it again, or leave it out.</source>
        <translation>ملف الصورة فارغ. التقط الصورة مرة أخرى، أو لا تضع صورة.</translation>
    </message>
    <message>
        <source>The photo file is too large ({size} MB; at most {limit} MB). Take a smaller picture.</source>
        <translation>ملف الصورة كبير جدًا ({size} MB؛ الحد الأقصى {limit} MB). التقط صورة أصغر.</translation>
    </message>
    <message>
        <source>The photo is too large ({width} x {height} pixels). Take a smaller picture.</source>
        <translation>الصورة كبيرة جدًا ({width} x {height} بكسل). التقط صورة أصغر.</translation>
    </message>
    <message>
        <source>This file is not a picture. Choose a photo (JPEG or PNG).</source>
        <translation>هذا الملف ليس صورة. اختر صورة (JPEG أو PNG).</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read. Choose another.</source>
        <translation>هذه الصورة تالفة ولا يمكن قراءتها. اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>There is no shop category {code}. Known: {known}.</source>
        <translation>لا توجد فئة في المتجر باسم {code}. الفئات المعروفة: {known}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>A weekly limit is a number from 1 to 99, or none.</source>
        <translation>الحد الأسبوعي رقم من 1 إلى 99، أو بلا حد.</translation>
    </message>
    <message>
        <source>Say in a few words what it is (for example: winter coat).</source>
        <translation>قل بكلمات قليلة ما هذا الغرض (مثلًا: معطف شتوي).</translation>
    </message>
    <message>
        <source>The short description is at most {limit} characters.</source>
        <translation>يمكن أن يكون الوصف القصير {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The longer description is at most {limit} characters.</source>
        <translation>يمكن أن يكون الوصف الأطول {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The number of items is a whole number from 1 to {limit}.</source>
        <translation>عدد الأغراض رقم صحيح من 1 إلى {limit}.</translation>
    </message>
    <message>
        <source>A price is from 0 (free) to 1000 euros; it cannot be negative.</source>
        <translation>السعر من 0 (مجاني) إلى 1000 يورو؛ ولا يمكن أن يكون بالسالب.</translation>
    </message>
    <message>
        <source>The condition is one of: {known}.</source>
        <translation>الحالة واحدة من: {known}.</translation>
    </message>
    <message>
        <source>Things neighbours made to sell are taken in as neighbour-made goods, with their maker.</source>
        <translation>الأشياء التي صنعها الجيران للبيع تُسجَّل في «أشياء صنعها الجيران»، مع اسم الصانع.</translation>
    </message>
    <message>
        <source>Neighbour-made goods are sold: give a price.</source>
        <translation>الأشياء التي صنعها الجيران تُباع: أدخل سعرًا.</translation>
    </message>
    <message>
        <source>A commission is a percentage from 0 to 100.</source>
        <translation>العمولة نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <source>No shop item {code}. Check the code on its label.</source>
        <translation>لا يوجد غرض في المتجر بالرمز {code}. تحقّق من الرمز على الملصق.</translation>
    </message>
    <message>
        <source>A status is one of: {known}.</source>
        <translation>الوضع واحد من: {known}.</translation>
    </message>
    <message>
        <source>A page holds 1 to 100 items.</source>
        <translation>في الصفحة من 1 إلى 100 غرض.</translation>
    </message>
    <message>
        <source>Scan the card of the neighbour who takes it.</source>
        <translation>امسح بطاقة الجار الذي سيأخذه.</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop.</source>
        <translation>أُزيل {title} من المتجر.</translation>
    </message>
    <message>
        <source>This is more than the fair share ({limit} a week; {taken} taken this week). A staff member may hand it out with a reason.</source>
        <translation>هذا أكثر من الحصة العادلة ({limit} في الأسبوع؛ أُخذ {taken} هذا الأسبوع). يمكن للموظف أن يعطيه مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Only {left} of {title} left on the shelf.</source>
        <translation>بقي من {title} على الرفّ {left} فقط.</translation>
    </message>
    <message>
        <source>Choose how it is paid: cash or card.</source>
        <translation>اختر طريقة الدفع: نقدًا أو بالبطاقة البنكية.</translation>
    </message>
    <message>
        <source>Shop items are paid in cash or by card.</source>
        <translation>يُدفع ثمن أغراض المتجر نقدًا أو بالبطاقة البنكية.</translation>
    </message>
    <message>
        <source>Cleared items go to: {known}.</source>
        <translation>الأغراض المُزالة تذهب إلى: {known}.</translation>
    </message>
    <message>
        <source>Choose the items to clear.</source>
        <translation>اختر الأغراض التي ستُزال.</translation>
    </message>
    <message>
        <source>Give a month as year-month, for example 2026-11.</source>
        <translation>اكتب الشهر بصيغة سنة-شهر، مثلًا 2026-11.</translation>
    </message>
    <message>
        <source>Things neighbours made are bought at the counter, not reserved.</source>
        <translation>الأشياء التي صنعها الجيران تُشترى عند المكتب، ولا تُحجز.</translation>
    </message>
    <message>
        <source>You have already reserved {title}.</source>
        <translation>حجزت {title} من قبل.</translation>
    </message>
    <message>
        <source>You have {count} things reserved, the most at a time. Collect them at the counter first.</source>
        <translation>عدد أغراضك المحجوزة {count}، وهذا هو الحد الأقصى. استلمها من المكتب أولًا.</translation>
    </message>
    <message>
        <source>You have had your share of this this week ({limit} a week). Come back next week.</source>
        <translation>أخذت حصتك من هذا الغرض هذا الأسبوع ({limit} في الأسبوع). عد في الأسبوع القادم.</translation>
    </message>
    <message>
        <source>Someone was just ahead of you: {title} is gone.</source>
        <translation>سبقك شخص آخر للتو: {title} لم يعد متوفرًا.</translation>
    </message>
    <message>
        <source>This reservation is not held (any more).</source>
        <translation>هذا الحجز غير محفوظ (أو لم يعد محفوظًا).</translation>
    </message>
    <message>
        <source>Say it in at most {limit} characters.</source>
        <translation>اكتبه في {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>You are already looking for {count} things. Remove one first.</source>
        <translation>عدد الأغراض التي تبحث عنها الآن {count}. احذف واحدًا أولًا.</translation>
    </message>
    <message>
        <source>This is not on your wanted list (any more).</source>
        <translation>هذا ليس في «قائمة ما أبحث عنه» (أو لم يعد فيها).</translation>
    </message>
    <message>
        <source>Open the till first: the money goes into it.</source>
        <translation>افتح الصندوق أولًا: فالنقود توضع فيه.</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop and is not changed any more.</source>
        <translation>أُزيل {title} من المتجر ولم يعد يُعدَّل.</translation>
    </message>
    <message>
        <source>Neighbour-made goods stay on their own shelf, and donated things stay off it.</source>
        <translation>الأشياء التي صنعها الجيران تبقى على رفّها الخاص، والأغراض المتبرَّع بها لا توضع عليه.</translation>
    </message>
    <message>
        <source>Neighbour-made goods have a maker, not a donor.</source>
        <translation>للأشياء التي صنعها الجيران صانع، وليس متبرّعًا.</translation>
    </message>
    <message>
        <source>{gone} of {title} were handed out or are held for someone: the number can be {least} at the least.</source>
        <translation>أُعطي {gone} من {title} أو حُجزت لأحد: لا يمكن أن يكون العدد أقل من {least}.</translation>
    </message>
</context>
<context>
    <name>meals</name>
    <message>
        <source>Cereals with gluten</source>
        <translation>حبوب فيها غلوتين</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>قشريات</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>بيض</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>سمك</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>فول سوداني</translation>
    </message>
    <message>
        <source>Soy</source>
        <translation>صويا</translation>
    </message>
    <message>
        <source>Milk (and lactose)</source>
        <translation>حليب (ولاكتوز)</translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation>مكسرات</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>كرفس</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>خردل</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>سمسم</translation>
    </message>
    <message>
        <source>Sulphites</source>
        <translation>كبريتيت</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>ترمس</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>رخويات</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>نباتي صرف</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>كوشر</translation>
    </message>
    <message>
        <source>No pork</source>
        <translation>بدون لحم خنزير</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>خالٍ من الغلوتين</translation>
    </message>
    <message>
        <source>Lactose-free</source>
        <translation>خالٍ من اللاكتوز</translation>
    </message>
    <message>
        <source>I washed my hands and cooked in a clean kitchen.</source>
        <translation>غسلت يديّ وطبخت في مطبخ نظيف.</translation>
    </message>
    <message>
        <source>I kept raw meat, fish and eggs apart from the rest.</source>
        <translation>أبقيت اللحم النيء والسمك والبيض بعيدًا عن باقي الطعام.</translation>
    </message>
    <message>
        <source>The food is cooked through, and cooled quickly or kept hot.</source>
        <translation>الطعام مطبوخ جيدًا، وبرّدته بسرعة أو أبقيته ساخنًا.</translation>
    </message>
    <message>
        <source>It stays in the fridge (7 °C or colder) until I bring it.</source>
        <translation>يبقى في الثلاجة (7 °C أو أبرد) حتى أُحضره.</translation>
    </message>
    <message>
        <source>I am not ill: no stomach flu, no fever.</source>
        <translation>لست مريضًا: لا نزلة معوية ولا حمّى.</translation>
    </message>
    <message>
        <source>The containers are clean and closed.</source>
        <translation>العلب نظيفة ومغلقة.</translation>
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
        <translation type="unfinished">ملغى</translation>
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
        <translation type="unfinished">صفحة {page} من {pages}</translation>
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
    <message>
        <source>Volunteer on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished">نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation type="unfinished">بطاقة القهوة</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">مجاني</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished">استرداد المبلغ</translation>
    </message>
    <message>
        <source>VAT {rate}% on {gross} (net {net})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} of receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {price} each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strips: {strips}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">المجموع</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
    <message>
        <source>Hours and minutes (3:30 is three and a half hours), counted in the month the work began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a coordinator&apos;s approval, not counted yet: {hours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten clock-outs a coordinator still has to complete: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer allowance: {rate} an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for all you do!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded to 5 cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strips used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strips given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, and see you soon!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (interim, the till is still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {moment} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed {moment} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float at opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished">المبلغ المعدود</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(strips: {strips})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strips sold on coffee cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (included in the prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone, voided and refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} of no. {number}, {time}, {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{centre} thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {hours} as a volunteer in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours like you make this place a village square where everyone belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of {centre}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook&apos;s sheet · {centre} · cook: {cook}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, pick-up from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering closes {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meal has been called off.</source>
        <translation type="unfinished">أُلغيت هذه الوجبة.</translation>
    </message>
    <message>
        <source>Portions ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished">تم الاستلام</translation>
    </message>
    <message>
        <source>{price} a portion; for the portions ordered: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: no contribution asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens in the dish: {allergens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens in the dish: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to {allergens}, which is in the dish: confirmed when ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to {allergens}, which is in the dish: ask them before handing it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also allergic to {allergens}: keep this portion apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portions</source>
        <translation type="unfinished">الحصص</translation>
    </message>
    <message>
        <source>Allergies that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders were cancelled with the meal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diners&apos; allergies were removed after the meal, to protect their privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food safety: you confirmed on {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook&apos;s sheet</source>
        <translation type="unfinished">ورقة الطبّاخ</translation>
    </message>
    <message>
        <source>This sheet names neighbours and their allergies: keep it to yourself and throw it away after the meal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished">العمولة</translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout for neighbour-made goods, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your work brought in through our till in {month}. The centre keeps the commission; the rest is yours. A sale taken back counts with a minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sold this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay to {name}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on behalf of the centre by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>This is everything &apos;t Trefpuntje holds about you.</source>
        <translation>هذا كل ما يحتفظ به &apos;t Trefpuntje عنك.</translation>
    </message>
    <message>
        <source>We keep your first name and what you choose to give, so we can greet you, sign you up for activities and reach you if you asked us to.</source>
        <translation>نحتفظ باسمك الأول وبما تختار أن تعطينا، لكي نرحّب بك، ونسجّلك في الأنشطة، ونتواصل معك إذا طلبت ذلك.</translation>
    </message>
    <message>
        <source>We keep sign-ups and check-ins to run activities and to count how many people come.</source>
        <translation>نحتفظ بتسجيلاتك وبتسجيل حضورك لننظّم الأنشطة ولنعدّ كم شخصًا يأتي.</translation>
    </message>
    <message>
        <source>The till keeps every sale and coffee-card strip, as the law on bookkeeping requires; if you ask us to erase your data, these stay, with no name attached.</source>
        <translation>صندوق الدفع يحتفظ بكل عملية بيع وبكل خانة من بطاقة القهوة، كما يطلب قانون المحاسبة؛ إذا طلبت منا حذف بياناتك، تبقى هذه السجلات، بدون أي اسم.</translation>
    </message>
    <message>
        <source>Allergies and diet are kept only if you want, seen only by you and by the cook of a meal you order; what a cook saw is removed a month after the meal.</source>
        <translation>نحتفظ بمعلومات الحساسية والنظام الغذائي فقط إذا أردت، ولا يراها إلا أنت وطبّاخ الوجبة التي تطلبها؛ ما رآه الطبّاخ يُحذف بعد شهر من الوجبة.</translation>
    </message>
    <message>
        <source>As a volunteer, we keep your shifts and the hours you gave, to plan, to thank you and to pay an allowance; if you ask us to erase your data, the hours stay in our totals with no name attached.</source>
        <translation>إذا كنت متطوعًا، نحتفظ بمناوباتك وبالساعات التي قدّمتها، لنخطط ونشكرك وندفع لك بدلًا؛ إذا طلبت منا حذف بياناتك، تبقى الساعات في مجاميعنا بدون اسم.</translation>
    </message>
    <message>
        <source>In the giveaway shop we keep what you reserve, what you are looking for and what you were given, to share fairly, and what you made and sold here, to pay you; if you ask us to erase your data, your reservations and wanted list end and the rest stays in our counts with no name attached.</source>
        <translation>في متجر الأغراض المجانية نحتفظ بما تحجزه، وبما تبحث عنه، وبما حصلت عليه، لنوزّع بعدل، ونحتفظ بما صنعته وبعته هنا، لندفع لك؛ إذا طلبت منا حذف بياناتك، تنتهي حجوزاتك وقائمة «ما أبحث عنه»، ويبقى الباقي في أعدادنا بدون اسم.</translation>
    </message>
</context>
<context>
    <name>shop</name>
    <message>
        <source>Clothing</source>
        <translation>ملابس</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>مطبخ</translation>
    </message>
    <message>
        <source>Toys</source>
        <translation>ألعاب</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>كتب</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>أثاث</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>أجهزة كهربائية</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>أدوات منزلية</translation>
    </message>
    <message>
        <source>Other things</source>
        <translation>أغراض أخرى</translation>
    </message>
    <message>
        <source>Made by neighbours</source>
        <translation>أشياء صنعها الجيران</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>مستعمل</translation>
    </message>
    <message>
        <source>To the kringloop</source>
        <translation>إلى الكرينخلوب (متجر المستعمل)</translation>
    </message>
    <message>
        <source>To recycling</source>
        <translation>إلى إعادة التدوير</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>على الرفّ</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>تم تسليمه</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>أُزيل من الرفّ</translation>
    </message>
</context>
</TS>
