<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About Trefpuntje {version}</source>
        <translation>Over Trefpuntje {version}</translation>
    </message>
    <message>
        <source>Software for the community space of an inclusive neighbourhood in Nijmegen.</source>
        <translation>Software voor de ontmoetingsplek van een inclusieve wijk in Nijmegen.</translation>
    </message>
    <message>
        <source>All pictograms designed by OpenMoji, the open-source emoji and icon project. License: CC BY-SA 4.0.</source>
        <translation>Alle pictogrammen zijn ontworpen door OpenMoji, het open-source emoji- en iconenproject. Licentie: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Arabic UI, SIL Open Font License 1.1.</source>
        <translation>Lettertypen: Noto Sans en Noto Sans Arabic UI, SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy and Alembic.</source>
        <translation>Gemaakt met Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy en Alembic.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ActivitiesAdmin</name>
    <message>
        <source>signed up</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>walked in</source>
        <translation>binnengelopen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Bijeenkomsten deze week</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Mark no-shows</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <source>− place</source>
        <translation>− plaats</translation>
    </message>
    <message>
        <source>+ place</source>
        <translation>+ plaats</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Afgelasten</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Deze week staat er niets gepland.</translation>
    </message>
    <message>
        <source>Present now: {count}</source>
        <translation>Nu aanwezig: {count}</translation>
    </message>
    <message>
        <source>Signed up: {count}, places: {places}</source>
        <translation>Aangemeld: {count}, plaatsen: {places}</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <source>{title} is planned.</source>
        <translation>{title} staat gepland.</translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Activities this week</source>
        <translation>Activiteiten deze week</translation>
    </message>
    <message>
        <source>Scan your card to sign up.</source>
        <translation>Scan uw pas om u aan te melden.</translation>
    </message>
    <message>
        <source>New here?</source>
        <translation>Nieuw hier?</translation>
    </message>
    <message>
        <source>Camera: hold your card in front of it</source>
        <translation>Camera: houd uw pas ervoor</translation>
    </message>
    <message>
        <source>Nothing planned for the coming days.</source>
        <translation>De komende dagen staat er niets gepland.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>You are signed up for {title}.</source>
        <translation>U bent aangemeld voor {title}.</translation>
    </message>
    <message>
        <source>{title} is full. You are on the waiting list, number {position}.</source>
        <translation>{title} is vol. U staat op de wachtlijst, nummer {position}.</translation>
    </message>
    <message>
        <source>Your sign-up is cancelled.</source>
        <translation>U bent afgemeld.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <source>sign-up needed</source>
        <translation>aanmelden nodig</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Activiteit wijzigen</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Giveaway shop</source>
        <translation>Weggeefwinkel</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Maaltijden</translation>
    </message>
    <message>
        <source>Coffee corner</source>
        <translation>Koffiehoek</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
</context>
<context>
    <name>ChooseOverlay</name>
    <message>
        <source>Where are you going, {name}?</source>
        <translation>Waar gaat u naartoe, {name}?</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Geen van deze</translation>
    </message>
</context>
<context>
    <name>CodePad</name>
    <message>
        <source>Item code</source>
        <translation>Code van het spul</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Find the item</source>
        <translation>Zoek het spul</translation>
    </message>
</context>
<context>
    <name>CoffeeMenu</name>
    <message>
        <source>Coffee corner</source>
        <translation>Koffiehoek</translation>
    </message>
    <message>
        <source>Scan your card to see how many strips are left on your coffee card.</source>
        <translation>Scan je kaart om te zien hoeveel strippen er nog op je koffiekaart staan.</translation>
    </message>
    <message>
        <source>{name}, your coffee card has {strips} strips left.</source>
        <translation>{name}, je koffiekaart heeft nog {strips} strippen.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Coming soon! This part of Trefpuntje is still being built.</source>
        <translation>Binnenkort! Aan dit deel van Trefpuntje wordt nog gewerkt.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>No connection to the centre&apos;s database</source>
        <translation>Geen verbinding met de database van het centrum</translation>
    </message>
    <message>
        <source>Please wait a moment. This screen goes on by itself as soon as the connection is back.</source>
        <translation>Even geduld. Dit scherm gaat vanzelf verder zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Trying again in {seconds} seconds…</source>
        <translation>Over {seconds} seconden opnieuw proberen…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Opnieuw proberen…</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>De verbinding is terug.</translation>
    </message>
</context>
<context>
    <name>FirstStartScreen</name>
    <message>
        <source>Welcome! Let us set up Trefpuntje.</source>
        <translation>Welkom! We zetten Trefpuntje klaar.</translation>
    </message>
    <message>
        <source>A coordinator opens staff mode with a PIN. Make the first coordinator, or try Trefpuntje with demo data.</source>
        <translation>Een coördinator opent de medewerkersstand met een pincode. Maak de eerste coördinator aan, of probeer Trefpuntje met voorbeeldgegevens.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>Pincode (4 tot 8 cijfers)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Nogmaals dezelfde pincode</translation>
    </message>
    <message>
        <source>Make coordinator</source>
        <translation>Coördinator aanmaken</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Proberen met voorbeeldgegevens</translation>
    </message>
    <message>
        <source>{name} is coordinator. Staff mode opens with the PIN.</source>
        <translation>{name} is coördinator. De medewerkersstand opent met de pincode.</translation>
    </message>
    <message>
        <source>Making a demo week...</source>
        <translation>Een voorbeeldweek maken...</translation>
    </message>
    <message>
        <source>Demo data is ready. The demo coordinator PIN is {pin}.</source>
        <translation>De voorbeeldgegevens staan klaar. De pincode van de voorbeeldcoördinator is {pin}.</translation>
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
        <translation>Welkom bij {centre}</translation>
    </message>
    <message>
        <source>Tap what you would like to do.</source>
        <translation>Tik op wat u wilt doen.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
</context>
<context>
    <name>HoursAdmin</name>
    <message>
        <source>To review</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <source>To review ({count})</source>
        <translation>Na te kijken ({count})</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Rooster</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>koffie</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>winkel</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activiteiten</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>bewegen</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>maaltijden</translation>
    </message>
    <message>
        <source>soup</source>
        <translation>soep</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>schoonmaken</translation>
    </message>
    <message>
        <source>sewing</source>
        <translation>naaien</translation>
    </message>
    <message>
        <source>day activities</source>
        <translation>dagbesteding</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>cadeau</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantoor</translation>
    </message>
    <message>
        <source>till</source>
        <translation>kassa</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>vrijwilligers</translation>
    </message>
</context>
<context>
    <name>HoursOverview</name>
    <message>
        <source>{amount} an hour is more than the tax-free {cap} an hour</source>
        <translation>{amount} per uur is meer dan de belastingvrije {cap} per uur</translation>
    </message>
    <message>
        <source>{month}: {amount}, near the {cap} a month</source>
        <translation>{month}: {amount}, dicht bij de {cap} per maand</translation>
    </message>
    <message>
        <source>{month}: {amount}, over the {cap} a month</source>
        <translation>{month}: {amount}, boven de {cap} per maand</translation>
    </message>
    <message>
        <source>the year: {amount}, near the {cap} a year</source>
        <translation>het jaar: {amount}, dicht bij de {cap} per jaar</translation>
    </message>
    <message>
        <source>the year: {amount}, over the {cap} a year</source>
        <translation>het jaar: {amount}, boven de {cap} per jaar</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Volgend jaar</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Opslaan als CSV</translation>
    </message>
    <message>
        <source>Hours per task per month</source>
        <translation>Uren per taak per maand</translation>
    </message>
    <message>
        <source>Volunteer allowance</source>
        <translation>Vrijwilligersvergoeding</translation>
    </message>
    <message>
        <source>Counted hours in {year}</source>
        <translation>Getelde uren in {year}</translation>
    </message>
    <message>
        <source>Active volunteers: {count}. Waiting for approval: {waiting}; forgotten clock-outs: {flagged}.</source>
        <translation>Actieve vrijwilligers: {count}. Wacht op goedkeuring: {waiting}; vergeten uitklokken: {flagged}.</translation>
    </message>
    <message>
        <source>Those who receive also give: {also} of the {visitors} visitors ({percent} %) also volunteer or cook.</source>
        <translation>Wie ontvangt, geeft ook: {also} van de {visitors} bezoekers ({percent} %) zijn ook vrijwilliger of kok.</translation>
    </message>
    <message>
        <source>Of the {came} who came this year, {gave} gave hours or cook ({percent} %).</source>
        <translation>Van de {came} die dit jaar kwamen, gaven {gave} uren of koken ze ({percent} %).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>No tax-free caps set for {year}: those of {figures} are used. Please check them.</source>
        <translation>Geen belastingvrije maxima ingesteld voor {year}: die van {figures} worden gebruikt. Controleer ze.</translation>
    </message>
    <message>
        <source>No allowance near a tax-free cap.</source>
        <translation>Geen vergoeding dicht bij een belastingvrij maximum.</translation>
    </message>
    <message>
        <source>Could not save in {path}: {reason}.</source>
        <translation>Kon niet opslaan in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>HoursReview</name>
    <message>
        <source>added afterwards</source>
        <translation>achteraf doorgegeven</translation>
    </message>
    <message>
        <source>forgot to clock out</source>
        <translation>vergat uit te klokken</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>geteld</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>Added afterwards: waiting for approval.</source>
        <translation>Achteraf doorgegeven: wacht op goedkeuring.</translation>
    </message>
    <message>
        <source>Forgot to clock out, and no shift says when it ended: correct it with the end.</source>
        <translation>Vergat uit te klokken, en geen dienst zegt wanneer het eindigde: verbeter het met het einde.</translation>
    </message>
    <message>
        <source>These hours count.</source>
        <translation>Deze uren tellen.</translation>
    </message>
    <message>
        <source>Rejected: these hours do not count.</source>
        <translation>Afgewezen: deze uren tellen niet.</translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation>Loopt nog.</translation>
    </message>
    <message>
        <source>clocked in</source>
        <translation>ingeklokt</translation>
    </message>
    <message>
        <source>clocked out</source>
        <translation>uitgeklokt</translation>
    </message>
    <message>
        <source>closed at the end of the shift</source>
        <translation>gesloten aan het eind van de dienst</translation>
    </message>
    <message>
        <source>forgotten clock-out flagged</source>
        <translation>vergeten uitklokken gemeld</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>verbeterd</translation>
    </message>
    <message>
        <source>Forgot to clock out</source>
        <translation>Vergat uit te klokken</translation>
    </message>
    <message>
        <source>As on the roster</source>
        <translation>Zoals op het rooster</translation>
    </message>
    <message>
        <source>Checked with the volunteer</source>
        <translation>Nagevraagd bij de vrijwilliger</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>Dubbel ingevoerd</translation>
    </message>
    <message>
        <source>Not volunteer work</source>
        <translation>Geen vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why? A reason is needed.</source>
        <translation>Waarom? Er is een reden nodig.</translation>
    </message>
    <message>
        <source>Or type a reason</source>
        <translation>Of typ een reden</translation>
    </message>
    <message>
        <source>Nothing to review. Thank you!</source>
        <translation>Niets na te kijken. Dank je wel!</translation>
    </message>
    <message>
        <source>Hours to review, oldest first</source>
        <translation>Uren om na te kijken, oudste eerst</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>History of these hours</source>
        <translation>Geschiedenis van deze uren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Verbetering opslaan</translation>
    </message>
    <message>
        <source>Rejected hours do not count. Their history stays.</source>
        <translation>Afgewezen uren tellen niet. Hun geschiedenis blijft.</translation>
    </message>
    <message>
        <source>Reject these hours</source>
        <translation>Deze uren afwijzen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>the daily check</source>
        <translation>de dagelijkse controle</translation>
    </message>
    <message>
        <source>Correct: {name} · {task} · {day}</source>
        <translation>Verbeteren: {name} · {task} · {day}</translation>
    </message>
    <message>
        <source>Corrected: {name}, {task}, {span}. These hours count now.</source>
        <translation>Verbeterd: {name}, {task}, {span}. Deze uren tellen nu.</translation>
    </message>
    <message>
        <source>Approved: {name}, {task}, {span}.</source>
        <translation>Goedgekeurd: {name}, {task}, {span}.</translation>
    </message>
    <message>
        <source>Reject: {name} · {task} · {day}</source>
        <translation>Afwijzen: {name} · {task} · {day}</translation>
    </message>
    <message>
        <source>Rejected: {name}, {task}, {span}.</source>
        <translation>Afgewezen: {name}, {task}, {span}.</translation>
    </message>
</context>
<context>
    <name>HoursRoster</name>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>gaat niet door</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Shifts this week</source>
        <translation>Diensten deze week</translation>
    </message>
    <message>
        <source>Plan a shift</source>
        <translation>Dienst plannen</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Vorige week kopiëren</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Volunteers on this shift</source>
        <translation>Vrijwilligers op deze dienst</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>Erop zetten</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Eraf halen</translation>
    </message>
    <message>
        <source>Cancel the shift</source>
        <translation>Dienst afzeggen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Week {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Tap a shift to see who is on it.</source>
        <translation>Tik op een dienst om te zien wie erop staat.</translation>
    </message>
    <message>
        <source>This shift is cancelled.</source>
        <translation>Deze dienst gaat niet door.</translation>
    </message>
    <message>
        <source>{taken} of {places} places taken</source>
        <translation>{taken} van {places} plaatsen bezet</translation>
    </message>
    <message>
        <source>Planned: {shift}.</source>
        <translation>Gepland: {shift}.</translation>
    </message>
    <message>
        <source>Tap once more to cancel {shift}.</source>
        <translation>Tik nog eens om {shift} af te zeggen.</translation>
    </message>
    <message>
        <source>Cancelled: {shift}. Tell the volunteers on it.</source>
        <translation>Afgezegd: {shift}. Laat het de vrijwilligers weten.</translation>
    </message>
    <message>
        <source>First tap the name to take off the shift.</source>
        <translation>Tik eerst op de naam die van de dienst af moet.</translation>
    </message>
    <message>
        <source>{name} is off the shift {shift}.</source>
        <translation>{name} staat niet meer op de dienst {shift}.</translation>
    </message>
    <message>
        <source>{count} shifts planned as in the week before.</source>
        <translation>{count} diensten gepland zoals de week ervoor.</translation>
    </message>
    <message>
        <source>Who goes on {shift}?</source>
        <translation>Wie gaat op {shift}?</translation>
    </message>
    <message>
        <source>{name} is on the shift {shift}.</source>
        <translation>{name} staat op de dienst {shift}.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>In {seconds} seconds this screen goes back to the start.</source>
        <translation>Over {seconds} seconden gaat dit scherm terug naar het begin.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>nog {count}</translation>
    </message>
    <message>
        <source>Made by a neighbour</source>
        <translation>Door een buur gemaakt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: klaar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
</context>
<context>
    <name>MealCard</name>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Mijn bestelling afzeggen</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Van de wachtlijst af</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>{price} a portion · ordering has closed</source>
        <translation>{price} per portie · bestellen is gesloten</translation>
    </message>
    <message>
        <source>{price} a portion · sold out · waiting list open until {time}</source>
        <translation>{price} per portie · uitverkocht · wachtlijst open tot {time}</translation>
    </message>
    <message>
        <source>{price} a portion · {left} of {portions} left · order before {time}</source>
        <translation>{price} per portie · nog {left} van {portions} · bestel voor {time}</translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation>Wachtlijst: nummer {position}</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>No portion came free</source>
        <translation>Er kwam geen portie vrij</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Niet opgehaald</translation>
    </message>
    <message>
        <source>You ordered {portions}</source>
        <translation>Je bestelde {portions}</translation>
    </message>
    <message>
        <source>Contains: {allergens}</source>
        <translation>Bevat: {allergens}</translation>
    </message>
    <message>
        <source>No allergens</source>
        <translation>Geen allergenen</translation>
    </message>
    <message>
        <source>{when} · cooked by a neighbour</source>
        <translation>{when} · gekookt door een buur</translation>
    </message>
    <message>
        <source>Careful: you are allergic to {allergens}.</source>
        <translation>Let op: je bent allergisch voor {allergens}.</translation>
    </message>
    <message>
        <source>Not for your diet: {diets}</source>
        <translation>Niet voor je dieet: {diets}</translation>
    </message>
    <message>
        <source>Called off: your order is cancelled</source>
        <translation>Gaat niet door: je bestelling is afgezegd</translation>
    </message>
    <message>
        <source>Ordering has closed</source>
        <translation>Bestellen is gesloten</translation>
    </message>
</context>
<context>
    <name>MealOffer</name>
    <message>
        <source>1 The meal</source>
        <translation>1 De maaltijd</translation>
    </message>
    <message>
        <source>2 Allergens</source>
        <translation>2 Allergenen</translation>
    </message>
    <message>
        <source>3 Hygiene</source>
        <translation>3 Hygiëne</translation>
    </message>
    <message>
        <source>Tap the dish to type its name. Or scan the cook&apos;s card to choose the cook.</source>
        <translation>Tik op het gerecht om de naam te typen. Of scan de kaart van de kok om de kok te kiezen.</translation>
    </message>
    <message>
        <source>Tick every allergen in the dish, or &quot;No allergens&quot;.</source>
        <translation>Vink elk allergeen in het gerecht aan, of &quot;Geen allergenen&quot;.</translation>
    </message>
    <message>
        <source>Read the food-safety checklist with the cook.</source>
        <translation>Lees de lijst voor voedselveiligheid samen met de kok.</translation>
    </message>
    <message>
        <source>Meal offers</source>
        <translation>Maaltijdaanbod</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nieuw aanbod</translation>
    </message>
    <message>
        <source>Cooks&apos; payouts</source>
        <translation>Uitbetaling koks</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Yes, call it off</source>
        <translation>Ja, afzeggen</translation>
    </message>
    <message>
        <source>{when} · {cook} · {ordered} of {portions} ordered · {waiting} waiting</source>
        <translation>{when} · {cook} · {ordered} van {portions} besteld · {waiting} wachtend</translation>
    </message>
    <message>
        <source>Cook&apos;s sheet</source>
        <translation>Kookblad</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>Afzeggen</translation>
    </message>
    <message>
        <source>No meals on offer. Tap &quot;New offer&quot;.</source>
        <translation>Geen maaltijden aangeboden. Tik op &quot;Nieuw aanbod&quot;.</translation>
    </message>
    <message>
        <source>Choose the cook. Nobody has the cook role yet? A coordinator gives it to a member.</source>
        <translation>Kies de kok. Heeft nog niemand de rol kok? Een coördinator geeft die aan een lid.</translation>
    </message>
    <message>
        <source>{dish} is on offer: {when}.</source>
        <translation>{dish} wordt aangeboden: {when}.</translation>
    </message>
    <message>
        <source>Call off {dish}?</source>
        <translation>{dish} afzeggen?</translation>
    </message>
    <message>
        <source>{ordered} portions are ordered and {waiting} neighbours wait. Their orders are cancelled; they see it at the kiosk. Let the cook know.</source>
        <translation>Er zijn {ordered} porties besteld en {waiting} buren wachten. Hun bestellingen worden afgezegd; ze zien het bij de kiosk. Laat het de kok weten.</translation>
    </message>
    <message>
        <source>{dish} is called off.</source>
        <translation>{dish} is afgezegd.</translation>
    </message>
    <message>
        <source>Cook&apos;s sheet: {dish}</source>
        <translation>Kookblad: {dish}</translation>
    </message>
    <message>
        <source>{cook}, scan your card to print your sheet. It names the neighbours who ordered and their allergies: it is for the cook only.</source>
        <translation>{cook}, scan je kaart om je blad af te drukken. Er staan de buren op die bestelden en hun allergieën: het is alleen voor de kok.</translation>
    </message>
    <message>
        <source>At the office: trefpuntje print meal {id} -o cook.pdf</source>
        <translation>Op kantoor: trefpuntje print meal {id} -o cook.pdf</translation>
    </message>
    <message>
        <source>That is not {cook}&apos;s card. Only the cook of this meal can print its sheet.</source>
        <translation>Dat is niet de kaart van {cook}. Alleen de kok van deze maaltijd kan het blad afdrukken.</translation>
    </message>
    <message>
        <source>Cook: {name}</source>
        <translation>Kok: {name}</translation>
    </message>
    <message>
        <source>{name} does not have the cook role. A coordinator gives it to a member.</source>
        <translation>{name} heeft de rol kok niet. Een coördinator geeft die aan een lid.</translation>
    </message>
    <message>
        <source>The cook&apos;s sheet is at the printer (job {job}).</source>
        <translation>Het kookblad is naar de printer (opdracht {job}).</translation>
    </message>
    <message>
        <source>Printing the cook&apos;s sheet...</source>
        <translation>Kookblad afdrukken...</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Kok</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Gerecht</translation>
    </message>
    <message>
        <source>Description (if you like)</source>
        <translation>Beschrijving (als je wilt)</translation>
    </message>
    <message>
        <source>Less: {field}</source>
        <translation>Minder: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>Meer: {field}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Pick-up from</source>
        <translation>Ophalen vanaf</translation>
    </message>
    <message>
        <source>Pick-up until</source>
        <translation>Ophalen tot</translation>
    </message>
    <message>
        <source>Order before</source>
        <translation>Bestellen voor</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Porties</translation>
    </message>
    <message>
        <source>At most per neighbour</source>
        <translation>Hoogstens per buur</translation>
    </message>
    <message>
        <source>Contribution a portion</source>
        <translation>Bijdrage per portie</translation>
    </message>
    <message>
        <source>No allergens</source>
        <translation>Geen allergenen</translation>
    </message>
    <message>
        <source>Diet labels:</source>
        <translation>Dieetlabels:</translation>
    </message>
    <message>
        <source>The cook confirms every point of this checklist.</source>
        <translation>De kok bevestigt elk punt van deze lijst.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Photo of the dish</source>
        <translation>Foto van het gerecht</translation>
    </message>
    <message>
        <source>Not a photo: choose another</source>
        <translation>Geen foto: kies een andere</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Foto erbij</translation>
    </message>
    <message>
        <source>{cook}: {meals} meals, {portions} portions collected: to pay {amount}</source>
        <translation>{cook}: {meals} maaltijden, {portions} porties opgehaald: te betalen {amount}</translation>
    </message>
    <message>
        <source>Together: {amount}</source>
        <translation>Samen: {amount}</translation>
    </message>
    <message>
        <source>No meals were picked up this month.</source>
        <translation>Deze maand zijn er geen maaltijden opgehaald.</translation>
    </message>
    <message>
        <source>The contributions collected for each cook&apos;s meals in a month, however they were paid.</source>
        <translation>De bijdragen die in een maand voor de maaltijden van elke kok zijn ontvangen, hoe er ook betaald is.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
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
        <translation>Meegegeven: {portions} × {dish} ({cook})</translation>
    </message>
    <message>
        <source>Not collected in time: {portions} × {dish} ({cook})</source>
        <translation>Niet op tijd opgehaald: {portions} × {dish} ({cook})</translation>
    </message>
    <message>
        <source>Next neighbour</source>
        <translation>Volgende buur</translation>
    </message>
    <message>
        <source>Meal pick-up</source>
        <translation>Maaltijden ophalen</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Kassa openen</translation>
    </message>
    <message>
        <source>Scan the neighbour&apos;s card.</source>
        <translation>Scan de kaart van de buur.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Koffiekaart</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Meegeven</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>Betaald met de pinautomaat</translation>
    </message>
    <message>
        <source>The till is closed: the contributions go into it.</source>
        <translation>De kassa is dicht: de bijdragen gaan erin.</translation>
    </message>
    <message>
        <source>Today {start}–{end}: {dish} ({cook}), {ordered} of {portions} portions ordered</source>
        <translation>Vandaag {start}–{end}: {dish} ({cook}), {ordered} van {portions} porties besteld</translation>
    </message>
    <message>
        <source>No meals to pick up today.</source>
        <translation>Vandaag geen maaltijden om op te halen.</translation>
    </message>
    <message>
        <source>{name}: orders for today</source>
        <translation>{name}: bestellingen voor vandaag</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>No orders for today.</source>
        <translation>Geen bestellingen voor vandaag.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>Te betalen: {amount}</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Niets te betalen</translation>
    </message>
    <message>
        <source>Coffee card: {strips} strips</source>
        <translation>Koffiekaart: {strips} strippen</translation>
    </message>
    <message>
        <source>Let {name} pay {amount} on the card terminal.</source>
        <translation>Laat {name} {amount} pinnen.</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Meegegeven</translation>
    </message>
    <message>
        <source>{name}: {dishes}. Nothing to pay.</source>
        <translation>{name}: {dishes}. Niets te betalen.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Teruggeven</translation>
    </message>
    <message>
        <source>{name}: {dishes}. Paid in cash: {due}.</source>
        <translation>{name}: {dishes}. Contant betaald: {due}.</translation>
    </message>
    <message>
        <source>Paid with the coffee card</source>
        <translation>Betaald met de koffiekaart</translation>
    </message>
    <message>
        <source>{strips} strips</source>
        <translation>{strips} strippen</translation>
    </message>
    <message>
        <source>{name}: {dishes}. {left} strips left on the coffee card.</source>
        <translation>{name}: {dishes}. Nog {left} strippen op de koffiekaart.</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Gepind</translation>
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
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Neighbour meals</source>
        <translation>Door buren, voor buren</translation>
    </message>
    <message>
        <source>My allergies</source>
        <translation>Mijn allergieën</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Portions:</source>
        <translation>Porties:</translation>
    </message>
    <message>
        <source>One portion less</source>
        <translation>Eén portie minder</translation>
    </message>
    <message>
        <source>One portion more</source>
        <translation>Eén portie meer</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nee, terug</translation>
    </message>
    <message>
        <source>My allergies and diet</source>
        <translation>Mijn allergieën en dieet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>I am allergic to:</source>
        <translation>Ik ben allergisch voor:</translation>
    </message>
    <message>
        <source>I eat:</source>
        <translation>Ik eet:</translation>
    </message>
    <message>
        <source>Only you see this, and the cook of a meal you order. Nothing ticked: nothing kept.</source>
        <translation>Alleen jij ziet dit, en de kok van een maaltijd die je bestelt. Niets aangevinkt: niets bewaard.</translation>
    </message>
    <message>
        <source>Camera: hold your card in front of it</source>
        <translation>Camera: houd je kaart ervoor</translation>
    </message>
    <message>
        <source>Scan your card to order.</source>
        <translation>Scan je kaart om te bestellen.</translation>
    </message>
    <message>
        <source>{name}, tap Order to order a meal.</source>
        <translation>{name}, tik op Bestellen om een maaltijd te bestellen.</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Je bestellingen</translation>
    </message>
    <message>
        <source>Meals to order</source>
        <translation>Maaltijden om te bestellen</translation>
    </message>
    <message>
        <source>No meals on offer at the moment.</source>
        <translation>Op dit moment worden er geen maaltijden aangeboden.</translation>
    </message>
    <message>
        <source>Waiting list: {dish}</source>
        <translation>Wachtlijst: {dish}</translation>
    </message>
    <message>
        <source>Order: {dish}</source>
        <translation>Bestellen: {dish}</translation>
    </message>
    <message>
        <source>{when} · cooked by a neighbour</source>
        <translation>{when} · gekookt door een buur</translation>
    </message>
    <message>
        <source>Sold out. When someone cancels before {time}, the portion goes to the first on the waiting list.</source>
        <translation>Uitverkocht. Als iemand voor {time} afzegt, gaat de portie naar de eerste op de wachtlijst.</translation>
    </message>
    <message>
        <source>{left} portions left · order before {time}</source>
        <translation>nog {left} porties · bestel voor {time}</translation>
    </message>
    <message>
        <source>Careful: this dish contains {allergens}, and you are allergic to it.</source>
        <translation>Let op: dit gerecht bevat {allergens}, en daar ben je allergisch voor.</translation>
    </message>
    <message>
        <source>Not for your diet: {diets}</source>
        <translation>Niet voor je dieet: {diets}</translation>
    </message>
    <message>
        <source>{portions} portions</source>
        <translation>{portions} porties</translation>
    </message>
    <message>
        <source>If a portion comes free: {amount} at pick-up</source>
        <translation>Als er een portie vrijkomt: {amount} bij het ophalen</translation>
    </message>
    <message>
        <source>To pay at pick-up: {amount}</source>
        <translation>Te betalen bij het ophalen: {amount}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Yes, order anyway</source>
        <translation>Ja, toch bestellen</translation>
    </message>
    <message>
        <source>You are on the waiting list for {dish}, number {position}.</source>
        <translation>Je staat op de wachtlijst voor {dish}, nummer {position}.</translation>
    </message>
    <message>
        <source>You ordered {portions} × {dish}. Pick-up: {when}.</source>
        <translation>Je bestelde {portions} × {dish}. Ophalen: {when}.</translation>
    </message>
    <message>
        <source>Your order is cancelled.</source>
        <translation>Je bestelling is afgezegd.</translation>
    </message>
    <message>
        <source>Your allergies and diet are saved.</source>
        <translation>Je allergieën en dieet zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MembersAdmin</name>
    <message>
        <source>First name (required)</source>
        <translation>Voornaam (verplicht)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Talen die hij of zij spreekt</translation>
    </message>
    <message>
        <source>may appear in photos</source>
        <translation>mag op foto’s</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation>mag benaderd worden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Pas printen</translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation>{name} is ingeschreven.</translation>
    </message>
    <message>
        <source>Printing the card...</source>
        <translation>De pas wordt geprint...</translation>
    </message>
    <message>
        <source>The card for {name} is printing.</source>
        <translation>De pas van {name} wordt geprint.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{value} note</source>
        <translation>biljet van {value}</translation>
    </message>
    <message>
        <source>{value} coin</source>
        <translation>munt van {value}</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
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
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Walk in, no sign-up needed</source>
        <translation>Vrije inloop, aanmelden hoeft niet</translation>
    </message>
    <message>
        <source>Places: no limit</source>
        <translation>Plaatsen: onbeperkt</translation>
    </message>
    <message>
        <source>Full: waiting list</source>
        <translation>Vol: wachtlijst</translation>
    </message>
    <message>
        <source>Places left: {count}</source>
        <translation>Nog {count} plaatsen vrij</translation>
    </message>
    <message>
        <source>You are signed up</source>
        <translation>U bent aangemeld</translation>
    </message>
    <message>
        <source>Waiting list: number {position}</source>
        <translation>Wachtlijst: nummer {position}</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Cancel my sign-up</source>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>spatie</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff mode</source>
        <translation>Medewerkersstand</translation>
    </message>
    <message>
        <source>Scan your card, then type your PIN. Without a card: the coordinator PIN.</source>
        <translation>Scan uw pas en tik dan uw pincode in. Zonder pas: de pincode van de coördinator.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>This card does not open staff mode.</source>
        <translation>Deze pas opent de medewerkersstand niet.</translation>
    </message>
    <message>
        <source>Type your PIN, {name}.</source>
        <translation>Tik uw pincode in, {name}.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Een pincode heeft 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>De pincode kon nu niet worden gecontroleerd. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked until {time}.</source>
        <translation>Te vaak een verkeerde pincode. De medewerkersstand is op slot tot {time}.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left.</source>
        <translation>Verkeerde pincode. Nog {count} pogingen.</translation>
    </message>
</context>
<context>
    <name>PriceListAdmin</name>
    <message>
        <source>coffee</source>
        <translation>koffie</translation>
    </message>
    <message>
        <source>tea</source>
        <translation>thee</translation>
    </message>
    <message>
        <source>hot chocolate</source>
        <translation>warme chocolademelk</translation>
    </message>
    <message>
        <source>soft drink</source>
        <translation>frisdrank</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>taart</translation>
    </message>
    <message>
        <source>biscuit</source>
        <translation>koek</translation>
    </message>
    <message>
        <source>soup</source>
        <translation>soep</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>broodje</translation>
    </message>
    <message>
        <source>fruit</source>
        <translation>fruit</translation>
    </message>
    <message>
        <source>postcard</source>
        <translation>ansichtkaart</translation>
    </message>
    <message>
        <source>soap</source>
        <translation>zeep</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>cadeautje</translation>
    </message>
    <message>
        <source>coffee card</source>
        <translation>koffiekaart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Price in euros</source>
        <translation>Prijs in euro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Less: {field}</source>
        <translation>Minder: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>Meer: {field}</translation>
    </message>
    <message>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>btw {rate} %</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>strippen: {count}</translation>
    </message>
    <message>
        <source>coffee card, strips: {count}</source>
        <translation>koffiekaart, strippen: {count}</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>niet meer te koop</translation>
    </message>
    <message>
        <source>Without a category</source>
        <translation>Zonder groep</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <source>Change: {name}</source>
        <translation>Wijzigen: {name}</translation>
    </message>
    <message>
        <source>Change: {name} (off sale)</source>
        <translation>Wijzigen: {name} (niet meer te koop)</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>Niet meer verkopen</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>Weer verkopen</translation>
    </message>
    <message>
        <source>Type the price in euros, for example {example}. Nothing is saved.</source>
        <translation>Typ de prijs in euro, bijvoorbeeld {example}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} is opgeslagen.</translation>
    </message>
    <message>
        <source>{name} is off sale. Its sales stay as they were.</source>
        <translation>{name} wordt niet meer verkocht. De verkopen blijven zoals ze waren.</translation>
    </message>
    <message>
        <source>{name} is on sale again.</source>
        <translation>{name} wordt weer verkocht.</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Prijslijst</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Place on the grid</source>
        <translation>Plaats op het scherm</translation>
    </message>
    <message>
        <source>Costs strips</source>
        <translation>Kost strippen</translation>
    </message>
    <message>
        <source>Coffee card with strips</source>
        <translation>Koffiekaart met strippen</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Plaatje</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>What we keep</source>
        <translation>Wat we bewaren</translation>
    </message>
    <message>
        <source>Your first name. That is all we need.</source>
        <translation>Je voornaam. Meer hebben we niet nodig.</translation>
    </message>
    <message>
        <source>If you want: last name, phone, e-mail, postcode.</source>
        <translation>Als je wilt: achternaam, telefoon, e-mail, postcode.</translation>
    </message>
    <message>
        <source>What you sign up for, your visits, what you buy.</source>
        <translation>Waarvoor je je inschrijft, je bezoeken, wat je koopt.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>To greet you and to sign you up.</source>
        <translation>Om je te begroeten en je in te schrijven.</translation>
    </message>
    <message>
        <source>To count visitors. Our funders ask for that.</source>
        <translation>Om bezoekers te tellen. Onze subsidiegevers vragen daarom.</translation>
    </message>
    <message>
        <source>The law asks us to keep every sale.</source>
        <translation>De wet vraagt ons elke verkoop te bewaren.</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>After {checkins}, your visits no longer show your name.</source>
        <translation>Na {checkins} staat je naam niet meer bij je bezoeken.</translation>
    </message>
    <message>
        <source>Not seen you for {inactive}? Then a coordinator may remove your data.</source>
        <translation>Ben je {inactive} niet geweest? Dan mag een coördinator je gegevens verwijderen.</translation>
    </message>
    <message>
        <source>Sales stay, without your name if you ask.</source>
        <translation>Verkopen blijven, zonder je naam als je dat vraagt.</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>Wie je het vraagt</translation>
    </message>
    <message>
        <source>To see, change or remove your data: ask {contact}.</source>
        <translation>Je gegevens zien, veranderen of laten verwijderen: vraag het {contact}.</translation>
    </message>
    <message>
        <source>Others never see your data on this screen.</source>
        <translation>Anderen zien je gegevens nooit op dit scherm.</translation>
    </message>
    <message>
        <source>a coordinator of {centre}</source>
        <translation>een coördinator van {centre}</translation>
    </message>
    <message>
        <source>Your data at {centre}</source>
        <translation>Je gegevens bij {centre}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>We keep only your first name. A volunteer gives you your card.</source>
        <translation>We bewaren alleen uw voornaam. Een vrijwilliger geeft u uw pas.</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Wat is uw voornaam?</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Uw voornaam</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>visitor</source>
        <translation>bezoeker</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>cook</source>
        <translation>kok</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
</context>
<context>
    <name>SchedulePrint</name>
    <message>
        <source>Week before</source>
        <translation>Week ervoor</translation>
    </message>
    <message>
        <source>Week after</source>
        <translation>Week erna</translation>
    </message>
    <message>
        <source>with the participants&apos; first names (staff copy)</source>
        <translation>met de voornamen van de deelnemers (voor medewerkers)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaren als pdf</translation>
    </message>
    <message>
        <source>Week {number}: {first} to {last}</source>
        <translation>Week {number}: {first} tot en met {last}</translation>
    </message>
    <message>
        <source>No preview on this computer (poppler-utils).</source>
        <translation>Geen voorbeeld op deze computer (poppler-utils).</translation>
    </message>
    <message>
        <source>Making the schedule...</source>
        <translation>Het weekrooster wordt gemaakt...</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>Naar de printer sturen...</translation>
    </message>
    <message>
        <source>Sent to the printer (job {job}).</source>
        <translation>Naar de printer gestuurd (opdracht {job}).</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Bewaard in {path}.</translation>
    </message>
</context>
<context>
    <name>ShiftForm</name>
    <message>
        <source>Plan a shift: which task, which day, when?</source>
        <translation>Dienst plannen: welke taak, welke dag, wanneer?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Plan the shift</source>
        <translation>Dienst plannen</translation>
    </message>
    <message>
        <source>First add a task (Tasks).</source>
        <translation>Voeg eerst een taak toe (Taken).</translation>
    </message>
</context>
<context>
    <name>ShopAdmin</name>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <source>Search by first name, or scan their card</source>
        <translation>Zoek op voornaam, of scan hun pas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>At most this many items a neighbour takes each week, per category.</source>
        <translation>Zoveel spullen neemt een buur per week hoogstens mee, per soort.</translation>
    </message>
    <message>
        <source>Save the limits</source>
        <translation>Grenzen bewaren</translation>
    </message>
    <message>
        <source>At most this many items a neighbour takes each week, per category. Staff change these limits.</source>
        <translation>Zoveel spullen neemt een buur per week hoogstens mee, per soort. Medewerkers passen deze grenzen aan.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Niets veranderd.</translation>
    </message>
    <message>
        <source>The fair-share limits are saved.</source>
        <translation>De grenzen voor eerlijk delen zijn bewaard.</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>Innemen</translation>
    </message>
    <message>
        <source>To clear</source>
        <translation>Opruimen</translation>
    </message>
    <message>
        <source>Made by neighbours</source>
        <translation>Door buren gemaakt</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>Eerlijk delen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Which item? Scan its label or type its code</source>
        <translation>Welk spul? Scan het etiket of typ de code</translation>
    </message>
    <message>
        <source>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</source>
        <translation>“{code}” is geen code van een spul. Een code heeft 6 letters en cijfers, zoals op het etiket.</translation>
    </message>
    <message>
        <source>{title} is a neighbour&apos;s own work: staff put it right under “Made by neighbours”.</source>
        <translation>{title} is door een buur gemaakt: een medewerker verbetert dat onder “Door buren gemaakt”.</translation>
    </message>
    <message>
        <source>{code}  ·  {title}  ·  {category}  ·  {left} on the shelf  ·  {weeks} weeks</source>
        <translation>{code}  ·  {title}  ·  {category}  ·  {left} in het schap  ·  {weeks} weken</translation>
    </message>
    <message>
        <source>{count} items cleared: {where}. They stay in the records.</source>
        <translation>{count} spullen opgeruimd: {where}. Ze blijven in de administratie.</translation>
    </message>
    <message>
        <source>Items to clear</source>
        <translation>Spullen om op te ruimen</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <source>Donated items on the shelf for more than {weeks} weeks: {count}. Tick what goes, then say where.</source>
        <translation>Gegeven spullen die al meer dan {weeks} weken in het schap liggen: {count}. Vink aan wat weg mag en zeg waarheen.</translation>
    </message>
    <message>
        <source>Nothing to clear.</source>
        <translation>Niets op te ruimen.</translation>
    </message>
    <message>
        <source>Tick the items that go first.</source>
        <translation>Vink eerst de spullen aan die weg mogen.</translation>
    </message>
    <message>
        <source>What is it? (a few words)</source>
        <translation>Wat is het? (een paar woorden)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>Photo from a file</source>
        <translation>Foto uit een bestand</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <source>Price each</source>
        <translation>Prijs per stuk</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>Ingenomen op</translation>
    </message>
    <message>
        <source>Donor (or scan their card)</source>
        <translation>Gever (of scan hun pas)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>Spul wijzigen</translation>
    </message>
    <message>
        <source>Stop changing</source>
        <translation>Niet wijzigen</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Etiket afdrukken</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop and is not changed any more.</source>
        <translation>{title} is uit de winkel opgeruimd en wordt niet meer gewijzigd.</translation>
    </message>
    <message>
        <source>Another photo</source>
        <translation>Andere foto</translation>
    </message>
    <message>
        <source>Changing {title} (code {code}). Put right what is wrong, then “Save changes”.</source>
        <translation>{title} wijzigen (code {code}). Verbeter wat niet klopt en tik dan op “Wijzigingen opslaan”.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Who gave it?</source>
        <translation>Wie gaf het?</translation>
    </message>
    <message>
        <source>Photo (not readable)</source>
        <translation>Foto (niet leesbaar)</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Foto toegevoegd</translation>
    </message>
    <message>
        <source>Photo of the item</source>
        <translation>Foto van het spul</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand is niet te lezen: {reason}</translation>
    </message>
    <message>
        <source>Tap the category first.</source>
        <translation>Tik eerst de soort aan.</translation>
    </message>
    <message>
        <source>Taken in: {title}, code {code}.</source>
        <translation>Ingenomen: {title}, code {code}.</translation>
    </message>
    <message>
        <source>Saved: {title}, code {code}. Print a new label if the price changed.</source>
        <translation>Opgeslagen: {title}, code {code}. Druk een nieuw etiket af als de prijs veranderd is.</translation>
    </message>
    <message>
        <source>Printing the label...</source>
        <translation>Het etiket wordt afgedrukt...</translation>
    </message>
    <message>
        <source>The label is at the printer (job {job}).</source>
        <translation>Het etiket is naar de printer (opdracht {job}).</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Maak de foto</translation>
    </message>
    <message>
        <source>The camera cannot be used. Choose a photo from a file instead.</source>
        <translation>De camera werkt niet. Kies een foto uit een bestand.</translation>
    </message>
    <message>
        <source>Price in euros (for example 12,50)</source>
        <translation>Prijs in euro (bijvoorbeeld 12,50)</translation>
    </message>
    <message>
        <source>Maker: tap to choose</source>
        <translation>Maker: tik om te kiezen</translation>
    </message>
    <message>
        <source>Maker: {name}</source>
        <translation>Maker: {name}</translation>
    </message>
    <message>
        <source>{code}  ·  {title}  ·  {price}  ·  {left} of {quantity} left  ·  {maker}</source>
        <translation>{code}  ·  {title}  ·  {price}  ·  nog {left} van {quantity}  ·  {maker}</translation>
    </message>
    <message>
        <source>{maker}: {sold} sold for {gross}, less {commission} commission: to pay {net}</source>
        <translation>{maker}: {sold} verkocht voor {gross}, min {commission} commissie: uit te betalen {net}</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <source>Add to the shop</source>
        <translation>In de winkel zetten</translation>
    </message>
    <message>
        <source>Made by neighbours, in the shop</source>
        <translation>Door buren gemaakt, in de winkel</translation>
    </message>
    <message>
        <source>Neighbour-made items</source>
        <translation>Spullen door buren gemaakt</translation>
    </message>
    <message>
        <source>Payout for</source>
        <translation>Uitbetaling over</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Payouts to makers</source>
        <translation>Uitbetalingen aan makers</translation>
    </message>
    <message>
        <source>Nothing made by neighbours yet.</source>
        <translation>Nog niets door buren gemaakt.</translation>
    </message>
    <message>
        <source>Who made it?</source>
        <translation>Wie maakte het?</translation>
    </message>
    <message>
        <source>Changing {title} (code {code}). Put right what is wrong, then “Save”.</source>
        <translation>{title} wijzigen (code {code}). Verbeter wat niet klopt en tik dan op “Opslaan”.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Choose the maker first, or scan their card.</source>
        <translation>Kies eerst de maker, of scan hun pas.</translation>
    </message>
    <message>
        <source>Type the price in euros, for example 12,50.</source>
        <translation>Typ de prijs in euro, bijvoorbeeld 12,50.</translation>
    </message>
    <message>
        <source>In the shop: {title} by {maker}, code {code}.</source>
        <translation>In de winkel: {title} van {maker}, code {code}.</translation>
    </message>
    <message>
        <source>Tap the maker whose payout to print.</source>
        <translation>Tik de maker aan wiens uitbetaling je wilt afdrukken.</translation>
    </message>
    <message>
        <source>Printing the payout...</source>
        <translation>De uitbetaling wordt afgedrukt...</translation>
    </message>
    <message>
        <source>The payout is at the printer (job {job}).</source>
        <translation>De uitbetaling is naar de printer (opdracht {job}).</translation>
    </message>
</context>
<context>
    <name>ShopCounter</name>
    <message>
        <source>This card is not known here.</source>
        <translation>Deze pas kennen we hier niet.</translation>
    </message>
    <message>
        <source>This card has been replaced. Ask for the new card.</source>
        <translation>Deze pas is vervangen. Vraag naar de nieuwe pas.</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend spul</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>“{code}” is not an item code. A code has 6 letters and digits, as on the label.</source>
        <translation>“{code}” is geen code van een spul. Een code heeft 6 letters en cijfers, zoals op het etiket.</translation>
    </message>
    <message>
        <source>Or pick what {name} reserved:</source>
        <translation>Of kies wat {name} reserveerde:</translation>
    </message>
    <message>
        <source>Or pick a reserved item:</source>
        <translation>Of kies een gereserveerd spul:</translation>
    </message>
    <message>
        <source>Sold without a card</source>
        <translation>Verkocht zonder pas</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>Te betalen: {amount}</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Niets te betalen</translation>
    </message>
    <message>
        <source>{shelf}: no limit a week.</source>
        <translation>{shelf}: geen weeklimiet.</translation>
    </message>
    <message>
        <source>{shelf}: {taken} of {limit} this week.</source>
        <translation>{shelf}: {taken} van {limit} deze week.</translation>
    </message>
    <message>
        <source>{name} reserved this.</source>
        <translation>{name} heeft dit gereserveerd.</translation>
    </message>
    <message>
        <source>Past the fair share. Reason: {reason}</source>
        <translation>Meer dan het eerlijke deel. Reden: {reason}</translation>
    </message>
    <message>
        <source>This is more than the fair share: at most {limit} a week.</source>
        <translation>Dit is meer dan het eerlijke deel: hoogstens {limit} per week.</translation>
    </message>
    <message>
        <source>{shelf}: at most {limit} a week; {taken} this week, {count} more now.</source>
        <translation>{shelf}: hoogstens {limit} per week; {taken} deze week, nu nog {count} erbij.</translation>
    </message>
    <message>
        <source>The till is closed. Open the till first, then sell.</source>
        <translation>De kassa is dicht. Open eerst de kassa, verkoop dan.</translation>
    </message>
    <message>
        <source>Let them pay {amount} on the card terminal.</source>
        <translation>Laat {amount} pinnen op de pinautomaat.</translation>
    </message>
    <message>
        <source>Handed out to {name}</source>
        <translation>Meegegeven aan {name}</translation>
    </message>
    <message>
        <source>{things}. Nothing to pay.</source>
        <translation>{things}. Niets te betalen.</translation>
    </message>
    <message>
        <source>{things}. Paid in cash: {due}. Give back: {change}.</source>
        <translation>{things}. Contant betaald: {due}. Terug: {change}.</translation>
    </message>
    <message>
        <source>{things}. Paid by card.</source>
        <translation>{things}. Gepind.</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Groot gezin</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Noodhulp</translation>
    </message>
    <message>
        <source>Agreed with the coordinator</source>
        <translation>Afgesproken met de coördinator</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation>Winkelbalie</translation>
    </message>
    <message>
        <source>The till is closed: priced items are paid into it.</source>
        <translation>De kassa is dicht: spullen met een prijs worden erin afgerekend.</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Open de kassa</translation>
    </message>
    <message>
        <source>1. Scan the label of the item.</source>
        <translation>1. Scan het etiket van het spul.</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>Typ de code</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>Ander spul</translation>
    </message>
    <message>
        <source>2. Scan the neighbour&apos;s card.</source>
        <translation>2. Scan de pas van de buur.</translation>
    </message>
    <message>
        <source>Sell without a card</source>
        <translation>Verkopen zonder pas</translation>
    </message>
    <message>
        <source>Other neighbour</source>
        <translation>Andere buur</translation>
    </message>
    <message>
        <source>Ask a staff member: only staff may hand out past the fair share.</source>
        <translation>Vraag een medewerker: alleen medewerkers mogen meer meegeven dan het eerlijke deel.</translation>
    </message>
    <message>
        <source>Hand out anyway</source>
        <translation>Toch meegeven</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Meegeven</translation>
    </message>
    <message>
        <source>Type the code on the label</source>
        <translation>Typ de code op het etiket</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Past the fair share</source>
        <translation>Meer dan het eerlijke deel</translation>
    </message>
    <message>
        <source>Why may it go anyway? The reason is kept with the hand-out.</source>
        <translation>Waarom mag het toch mee? De reden wordt bij het meegeven bewaard.</translation>
    </message>
    <message>
        <source>Or tap here and type the reason</source>
        <translation>Of tik hier en typ de reden</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>Betaald op de pinautomaat</translation>
    </message>
    <message>
        <source>{shelf} · {condition}</source>
        <translation>{shelf} · {condition}</translation>
    </message>
    <message>
        <source>Price: {amount}</source>
        <translation>Prijs: {amount}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Cleared from the shop.</source>
        <translation>Uit de winkel gehaald.</translation>
    </message>
    <message>
        <source>None left: reserved for someone else.</source>
        <translation>Niets meer over: voor iemand anders gereserveerd.</translation>
    </message>
    <message>
        <source>None left: all handed out.</source>
        <translation>Niets meer over: alles is meegegeven.</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>nog {count}</translation>
    </message>
</context>
<context>
    <name>ShopScreen</name>
    <message>
        <source>Scan your card to reserve something.</source>
        <translation>Scan je pas om iets te reserveren.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Buy it at the counter: {price}.</source>
        <translation>Koop het aan de balie: {price}.</translation>
    </message>
    <message>
        <source>{title} is reserved for you until {when}. Collect it at the counter.</source>
        <translation>{title} ligt voor je klaar tot {when}. Haal het op aan de balie.</translation>
    </message>
    <message>
        <source>Looking for:</source>
        <translation>Ik zoek:</translation>
    </message>
    <message>
        <source>Giveaway shop</source>
        <translation>Weggeefwinkel</translation>
    </message>
    <message>
        <source>My things</source>
        <translation>Mijn spullen</translation>
    </message>
    <message>
        <source>Everything here is free to take, unless it has a price. Tap a shelf to see what is on it.</source>
        <translation>Alles hier mag je gratis meenemen, tenzij er een prijs bij staat. Tik op een schap om te zien wat erop ligt.</translation>
    </message>
    <message>
        <source>Nothing on this shelf just now. Come back another day!</source>
        <translation>Er ligt nu niets in dit schap. Kom een andere dag terug!</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Reserve it for me</source>
        <translation>Reserveer het voor mij</translation>
    </message>
    <message>
        <source>Reserved for you</source>
        <translation>Voor jou gereserveerd</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>Terug naar de winkel</translation>
    </message>
    <message>
        <source>{name}, tap a thing to reserve it.</source>
        <translation>{name}, tik op iets om het te reserveren.</translation>
    </message>
    <message>
        <source>Made by a neighbour · {price}</source>
        <translation>Door een buur gemaakt · {price}</translation>
    </message>
    <message>
        <source>{condition} · {price}</source>
        <translation>{condition} · {price}</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>nog {count}</translation>
    </message>
    <message>
        <source>You reserved it. Collect it at the counter before {when}.</source>
        <translation>Je hebt het gereserveerd. Haal het op aan de balie vóór {when}.</translation>
    </message>
    <message>
        <source>Someone else has it now.</source>
        <translation>Iemand anders heeft het nu.</translation>
    </message>
    <message>
        <source>We keep it for you at the counter for a few days.</source>
        <translation>We bewaren het een paar dagen voor je aan de balie.</translation>
    </message>
    <message>
        <source>It goes back on the shelf.</source>
        <translation>Het gaat terug in het schap.</translation>
    </message>
    <message>
        <source>Taken off your wanted list.</source>
        <translation>Van je zoeklijst gehaald.</translation>
    </message>
    <message>
        <source>On your wanted list. When it comes in, we tell you the next time you scan your card.</source>
        <translation>Op je zoeklijst. Als het binnenkomt, zeggen we het de volgende keer dat je je pas scant.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>A few words (you may leave this empty)</source>
        <translation>Een paar woorden (mag leeg blijven)</translation>
    </message>
    <message>
        <source>I am looking for ...</source>
        <translation>Ik zoek ...</translation>
    </message>
    <message>
        <source>Nothing reserved.</source>
        <translation>Niets gereserveerd.</translation>
    </message>
    <message>
        <source>I don&apos;t want it</source>
        <translation>Ik hoef het niet meer</translation>
    </message>
    <message>
        <source>Collect it at the counter before {when}</source>
        <translation>Haal het op aan de balie vóór {when}</translation>
    </message>
    <message>
        <source>What you are looking for</source>
        <translation>Wat je zoekt</translation>
    </message>
    <message>
        <source>Nothing yet. Tell us what you are looking for: when it comes in, we tell you the next time you scan your card.</source>
        <translation>Nog niets. Vertel wat je zoekt: als het binnenkomt, zeggen we het de volgende keer dat je je pas scant.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Wat zoek je?</translation>
    </message>
    <message>
        <source>Tap where it would be:</source>
        <translation>Tik aan waar het zou liggen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>To the shop</source>
        <translation>Naar de winkel</translation>
    </message>
    <message>
        <source>Something you were looking for came in: {title}</source>
        <translation>Er is binnengekomen wat je zocht: {title}</translation>
    </message>
    <message>
        <source>Things you were looking for came in!</source>
        <translation>Er is binnengekomen wat je zocht!</translation>
    </message>
    <message>
        <source>Look at it</source>
        <translation>Bekijk het</translation>
    </message>
    <message>
        <source>You asked for: {what}</source>
        <translation>Je vroeg om: {what}</translation>
    </message>
    <message>
        <source>{count} on the shelf</source>
        <translation>{count} in het schap</translation>
    </message>
    <message>
        <source>Empty just now</source>
        <translation>Nu leeg</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Staff mode</source>
        <translation>Medewerkersstand</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Medewerkersstand sluiten</translation>
    </message>
    <message>
        <source>Close Trefpuntje</source>
        <translation>Trefpuntje afsluiten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Weekrooster</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Prijslijst</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Maaltijden</translation>
    </message>
    <message>
        <source>Meal pick-up</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Find a member by name</source>
        <translation>Lid zoeken op naam</translation>
    </message>
    <message>
        <source>Search by first name</source>
        <translation>Zoeken op voornaam</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Staff mode: {name}</source>
        <translation>Medewerkersstand: {name}</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: {field}</source>
        <translation>Minder: {field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>Meer: {field}</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>Name of the task</source>
        <translation>Naam van de taak</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Plaatje</translation>
    </message>
    <message>
        <source>Add as a new task</source>
        <translation>Als nieuwe taak toevoegen</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Back to the roster</source>
        <translation>Terug naar het rooster</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>Niet meer in gebruik</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (niet meer in gebruik)</translation>
    </message>
    <message>
        <source>New task: {name}.</source>
        <translation>Nieuwe taak: {name}.</translation>
    </message>
    <message>
        <source>Saved: {name}. Its hours stay with it.</source>
        <translation>Opgeslagen: {name}. De uren blijven erbij.</translation>
    </message>
    <message>
        <source>Tap once more to retire {name}. Its hours stay counted.</source>
        <translation>Tik nog eens om {name} niet meer te gebruiken. De uren blijven geteld.</translation>
    </message>
    <message>
        <source>{name} is no longer in use. Its hours stay counted.</source>
        <translation>{name} wordt niet meer gebruikt. De uren blijven geteld.</translation>
    </message>
</context>
<context>
    <name>TillAdmin</name>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Kassa openen</translation>
    </message>
    <message>
        <source>Go to the till</source>
        <translation>Naar de kassa</translation>
    </message>
    <message>
        <source>X report (so far)</source>
        <translation>X-rapport (tot nu toe)</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Vergissing</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Teruggebracht</translation>
    </message>
    <message>
        <source>Wrong payment</source>
        <translation>Verkeerd betaald</translation>
    </message>
    <message>
        <source>Take back a sale</source>
        <translation>Verkoop terugnemen</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Kassa sluiten</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Print (receipt roll)</source>
        <translation>Afdrukken (bonrol)</translation>
    </message>
    <message>
        <source>Print (A4)</source>
        <translation>Afdrukken (A4)</translation>
    </message>
    <message>
        <source>Which sale?</source>
        <translation>Welke verkoop?</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Recente verkopen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Void (a mistake)</source>
        <translation>Annuleren (vergissing)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>The till is closed.</source>
        <translation>De kassa is dicht.</translation>
    </message>
    <message>
        <source>Open since {time} (session {number}), opened by {name}.
Float {float}; {sales} sales; expected in the drawer: {expected}.</source>
        <translation>Open sinds {time} (dienst {number}), geopend door {name}.
Wisselgeld {float}; {sales} verkopen; verwacht in de la: {expected}.</translation>
    </message>
    <message>
        <source>Count the float you put in the drawer:</source>
        <translation>Tel het wisselgeld dat je in de la legt:</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer:</source>
        <translation>Tel al het geld in de la:</translation>
    </message>
    <message>
        <source>Type the amount you counted.</source>
        <translation>Typ het bedrag dat je hebt geteld.</translation>
    </message>
    <message>
        <source>The till is open. Float: {float}.</source>
        <translation>De kassa is open. Wisselgeld: {float}.</translation>
    </message>
    <message>
        <source>Z report {number}: the till is closed</source>
        <translation>Z-rapport {number}: de kassa is dicht</translation>
    </message>
    <message>
        <source>Expected in the drawer: {amount}</source>
        <translation>Verwacht in de la: {amount}</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Geteld: {amount}</translation>
    </message>
    <message>
        <source>Over: {amount}</source>
        <translation>Te veel: {amount}</translation>
    </message>
    <message>
        <source>Short: {amount}</source>
        <translation>Te weinig: {amount}</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>Verschil: {amount}</translation>
    </message>
    <message>
        <source>Sales: {count}, total {amount}</source>
        <translation>Verkopen: {count}, totaal {amount}</translation>
    </message>
    <message>
        <source>Voids and refunds: {count}</source>
        <translation>Annuleringen en terugbetalingen: {count}</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>Naar de printer sturen...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>First tap the sale to take back.</source>
        <translation>Tik eerst op de verkoop die terug moet.</translation>
    </message>
    <message>
        <source>Recorded as {number}. Give back {amount} in cash.</source>
        <translation>Vastgelegd als {number}. Geef {amount} contant terug.</translation>
    </message>
    <message>
        <source>Recorded as {number}.</source>
        <translation>Vastgelegd als {number}.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <source>card</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>coffee card</source>
        <translation>koffiekaart</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <source>Undo last sale</source>
        <translation>Laatste verkoop terugdraaien</translation>
    </message>
    <message>
        <source>Other customer</source>
        <translation>Andere klant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Koffiekaart</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Paid on the card terminal</source>
        <translation>Betaald met de pinautomaat</translation>
    </message>
    <message>
        <source>Scan the card</source>
        <translation>Scan de kaart</translation>
    </message>
    <message>
        <source>Pay in cash</source>
        <translation>Contant betalen</translation>
    </message>
    <message>
        <source>Why is it free?</source>
        <translation>Waarom is het gratis?</translation>
    </message>
    <message>
        <source>Yes, take it back</source>
        <translation>Ja, terugdraaien</translation>
    </message>
    <message>
        <source>The till is closed</source>
        <translation>De kassa is dicht</translation>
    </message>
    <message>
        <source>To sell, a coordinator opens the till in staff mode and counts the float into the drawer.</source>
        <translation>Om te verkopen opent een coördinator de kassa in de medewerkersmodus en telt het wisselgeld in de la.</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Kassa openen</translation>
    </message>
    <message>
        <source>Coffee card? Scan it.</source>
        <translation>Koffiekaart? Scan hem.</translation>
    </message>
    <message>
        <source>{name}: {strips} strips on the coffee card</source>
        <translation>{name}: {strips} strippen op de koffiekaart</translation>
    </message>
    <message>
        <source>Last sale {number}: {amount}, {payment}</source>
        <translation>Laatste verkoop {number}: {amount}, {payment}</translation>
    </message>
    <message>
        <source>Scan the card of the person the coffee card is for.</source>
        <translation>Scan de kaart van wie de koffiekaart krijgt.</translation>
    </message>
    <message>
        <source>Scan the coffee card now.</source>
        <translation>Scan nu de koffiekaart.</translation>
    </message>
    <message>
        <source>Let the customer pay {amount} on the card terminal.</source>
        <translation>Laat de klant {amount} pinnen.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Teruggeven</translation>
    </message>
    <message>
        <source>Sale {number} paid in cash: {due}.</source>
        <translation>Verkoop {number} contant betaald: {due}.</translation>
    </message>
    <message>
        <source>Paid with the coffee card</source>
        <translation>Betaald met de koffiekaart</translation>
    </message>
    <message>
        <source>1 strip</source>
        <translation>1 strip</translation>
    </message>
    <message>
        <source>{strips} strips</source>
        <translation>{strips} strippen</translation>
    </message>
    <message>
        <source>{name}: {left} strips left.</source>
        <translation>{name}: nog {left} strippen.</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Gepind</translation>
    </message>
    <message>
        <source>Sale {number}.</source>
        <translation>Verkoop {number}.</translation>
    </message>
    <message>
        <source>Sale {number} recorded as free.</source>
        <translation>Verkoop {number} gratis vastgelegd.</translation>
    </message>
    <message>
        <source>{name}: {left} strips on the coffee card.</source>
        <translation>{name}: {left} strippen op de koffiekaart.</translation>
    </message>
    <message>
        <source>Printing the receipt...</source>
        <translation>Bon afdrukken...</translation>
    </message>
    <message>
        <source>Receipt sent to the printer (job {job}).</source>
        <translation>De bon is naar de printer gestuurd (opdracht {job}).</translation>
    </message>
    <message>
        <source>Take back sale {number}? Give back {amount} in cash.</source>
        <translation>Verkoop {number} terugdraaien? Geef {amount} contant terug.</translation>
    </message>
    <message>
        <source>Take back sale {number} ({amount}, {payment})?</source>
        <translation>Verkoop {number} terugdraaien ({amount}, {payment})?</translation>
    </message>
    <message>
        <source>Sale taken back. Give back {amount}.</source>
        <translation>Verkoop teruggedraaid. Geef {amount} terug.</translation>
    </message>
    <message>
        <source>Sale taken back.</source>
        <translation>Verkoop teruggedraaid.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Gepast</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>To pay: {due} (rounded from {total})</source>
        <translation>Te betalen: {due} (afgerond van {total})</translation>
    </message>
    <message>
        <source>To pay: {due}</source>
        <translation>Te betalen: {due}</translation>
    </message>
    <message>
        <source>Tap the notes received, or type the amount.</source>
        <translation>Tik op het ontvangen biljet, of typ het bedrag.</translation>
    </message>
    <message>
        <source>That is more than the till accepts. Check the amount.</source>
        <translation>Dat is meer dan de kassa aanneemt. Kijk het bedrag na.</translation>
    </message>
    <message>
        <source>{missing} is missing</source>
        <translation>{missing} ontbreekt</translation>
    </message>
    <message>
        <source>Change: {change}</source>
        <translation>Wisselgeld: {change}</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Bon afdrukken</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Volgende klant</translation>
    </message>
</context>
<context>
    <name>TypingPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Card not recognised. Ask a volunteer for help.</source>
        <translation>Pas niet herkend. Vraag een vrijwilliger om hulp.</translation>
    </message>
    <message>
        <source>Card not recognised. Hold it still and try again.</source>
        <translation>Pas niet herkend. Houd de pas stil en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This card has been replaced. Please use your new card.</source>
        <translation>Deze pas is vervangen. Gebruik uw nieuwe pas.</translation>
    </message>
    <message>
        <source>First answer the question on the screen, then scan again.</source>
        <translation>Beantwoord eerst de vraag op het scherm en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Welkom, {name}!</translation>
    </message>
    <message>
        <source>You are checked in for {title}.</source>
        <translation>U bent ingecheckt bij {title}.</translation>
    </message>
    <message>
        <source>You were already checked in for {title}.</source>
        <translation>U was al ingecheckt bij {title}.</translation>
    </message>
    <message>
        <source>You can sign up now. A volunteer will give you your card.</source>
        <translation>U kunt zich nu aanmelden. Een vrijwilliger geeft u uw pas.</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Add hours afterwards</source>
        <translation>Uren achteraf doorgeven</translation>
    </message>
    <message>
        <source>Hours given afterwards</source>
        <translation>Uren achteraf</translation>
    </message>
    <message>
        <source>A coordinator approves them. Pick the task, the day, the start and how long.</source>
        <translation>Een coördinator keurt ze goed. Kies de taak, de dag, het begin en hoe lang.</translation>
    </message>
    <message>
        <source>Earlier or shorter</source>
        <translation>Eerder of korter</translation>
    </message>
    <message>
        <source>Later or longer</source>
        <translation>Later of langer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Ter goedkeuring sturen</translation>
    </message>
    <message>
        <source>Volunteering today? Scan your card to start or stop.</source>
        <translation>Vandaag vrijwilliger? Scan je kaart om te beginnen of te stoppen.</translation>
    </message>
    <message>
        <source>{name}, would you like to help too? Ask a coordinator: everyone is welcome.</source>
        <translation>{name}, wil je ook helpen? Vraag het een coördinator: iedereen is welkom.</translation>
    </message>
    <message>
        <source>{name}, you started {task} at {time}.</source>
        <translation>{name}, je bent om {time} begonnen met {task}.</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Nu stoppen</translation>
    </message>
    <message>
        <source>{name}, which task do you start?</source>
        <translation>{name}, met welke taak begin je?</translation>
    </message>
    <message>
        <source>Your next shifts</source>
        <translation>Je volgende diensten</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>Niets gepland.</translation>
    </message>
    <message>
        <source>Open shifts: sign up</source>
        <translation>Open diensten: schrijf je in</translation>
    </message>
    <message>
        <source>Started: {task}. Thank you!</source>
        <translation>Begonnen: {task}. Dank je wel!</translation>
    </message>
    <message>
        <source>Stopped: {task}, {hours}:{minutes:02d} hours. Thank you!</source>
        <translation>Gestopt: {task}, {hours}:{minutes:02d} uur. Dank je wel!</translation>
    </message>
    <message>
        <source>You are on the roster: {shift}</source>
        <translation>Je staat op het rooster: {shift}</translation>
    </message>
    <message>
        <source>From {time}</source>
        <translation>Vanaf {time}</translation>
    </message>
    <message>
        <source>For {hours}:{minutes:02d} hours</source>
        <translation>{hours}:{minutes:02d} uur lang</translation>
    </message>
    <message>
        <source>Thank you! A coordinator will approve these hours.</source>
        <translation>Dank je wel! Een coördinator keurt deze uren goed.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The old data was copied to {path}.</source>
        <translation>De oude gegevens zijn gekopieerd naar {path}.</translation>
    </message>
    <message>
        <source>Demo data is ready: {counts}.</source>
        <translation>De voorbeeldgegevens staan klaar: {counts}.</translation>
    </message>
    <message>
        <source>Demo coordinator PIN: {pin}</source>
        <translation>Pincode van de voorbeeldcoördinator: {pin}</translation>
    </message>
    <message>
        <source>First name of the coordinator: </source>
        <translation>Voornaam van de coördinator: </translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation>Pincode (4 tot 8 cijfers): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Nogmaals dezelfde pincode: </translation>
    </message>
    <message>
        <source>Coordinator {name} can now open staff mode with the PIN.</source>
        <translation>Coördinator {name} kan nu met de pincode de medewerkersstand openen.</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation>Reservekopie bewaard en gecontroleerd: {path}</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in {path}.</source>
        <translation>Teruggezet. De database zoals hij was, staat in {path}.</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Onbeschadigd: {result}</translation>
    </message>
    <message>
        <source>Schema: {revision} (newest {newest})</source>
        <translation>Schema: {revision} (nieuwste {newest})</translation>
    </message>
    <message>
        <source>Lockouts lifted: {count}.</source>
        <translation>Blokkades opgeheven: {count}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>The member&apos;s personal data has been erased.</source>
        <translation>De persoonsgegevens van dit lid zijn gewist.</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>De database is bijgewerkt.</translation>
    </message>
    <message>
        <source>Upgraded from schema {old}; the old database was copied to {path}.</source>
        <translation>Bijgewerkt vanaf schema {old}; de oude database is gekopieerd naar {path}.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fout: {message}</translation>
    </message>
    <message>
        <source>members</source>
        <translation>leden</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activiteiten</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>aanmeldingen</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>keer ingecheckt</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Together: {hours} hours by {count} volunteers.</source>
        <translation>Samen: {hours} uur door {count} vrijwilligers.</translation>
    </message>
    <message>
        <source>Visitors who also volunteer or cook: {count} of {visitors} ({percent}%).</source>
        <translation>Bezoekers die ook vrijwilliger of kok zijn: {count} van {visitors} ({percent}%).</translation>
    </message>
    <message>
        <source>Waiting for approval: {waiting}; forgotten clock-outs to correct: {flagged}.</source>
        <translation>Wachten op goedkeuring: {waiting}; vergeten uitklokken om te verbeteren: {flagged}.</translation>
    </message>
    <message>
        <source>The allowance caps for {year} are not set; those of {figures} are used. Check them and set them: trefpuntje hours caps {year} ...</source>
        <translation>De maxima van de vrijwilligersvergoeding voor {year} zijn niet ingesteld; die van {figures} worden gebruikt. Controleer en stel ze in: trefpuntje hours caps {year} ...</translation>
    </message>
    <message>
        <source>Allowance of {name}: {amount} against the cap of {cap} ({kind}{month}): {level}.</source>
        <translation>Vergoeding van {name}: {amount} tegen het maximum van {cap} ({kind}{month}): {level}.</translation>
    </message>
    <message>
        <source>Tax-free allowance caps {year}: {hour} an hour ({young} under 21), {month} a month, {whole} a year.</source>
        <translation>Belastingvrije maxima {year}: {hour} per uur ({young} onder de 21), {month} per maand, {whole} per jaar.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <source>Not set for {year}: these are the figures of {figures}.</source>
        <translation>Niet ingesteld voor {year}: dit zijn de bedragen van {figures}.</translation>
    </message>
    <message>
        <source>Sent to printer {printer} (job {job}).</source>
        <translation>Naar printer {printer} gestuurd (opdracht {job}).</translation>
    </message>
    <message>
        <source>New card for {name}; an earlier card no longer works.</source>
        <translation>Nieuwe pas voor {name}; een eerdere pas werkt niet meer.</translation>
    </message>
    <message>
        <source>Every member already has a printed card. Nothing was printed.</source>
        <translation>Iedereen heeft al een geprinte pas. Er is niets geprint.</translation>
    </message>
    <message>
        <source>New cards: {count}.</source>
        <translation>Nieuwe passen: {count}.</translation>
    </message>
    <message>
        <source>{count} records, together {total}.</source>
        <translation>{count} boekingen, samen {total}.</translation>
    </message>
    <message>
        <source>products</source>
        <translation>producten</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>verkopen</translation>
    </message>
    <message>
        <source>Today&apos;s backup is saved and checked: {path}</source>
        <translation>De back-up van vandaag is opgeslagen en gecontroleerd: {path}</translation>
    </message>
    <message>
        <source>Backups kept: {kept}; older ones removed: {removed}.</source>
        <translation>Back-ups bewaard: {kept}; oudere verwijderd: {removed}.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was already made: {path}</source>
        <translation>De back-up van vandaag was al gemaakt: {path}</translation>
    </message>
    <message>
        <source>The backup failed: {message}</source>
        <translation>De back-up is mislukt: {message}</translation>
    </message>
    <message>
        <source>Check-ins from before {day} no longer name anyone; changed now: {count}.</source>
        <translation>Aanmeldingen van vóór {day} noemen niemand meer; nu aangepast: {count}.</translation>
    </message>
    <message>
        <source>Visitors not seen since {day}, for a coordinator to consider: {count} (trefpuntje member inactive).</source>
        <translation>Bezoekers die sinds {day} niet meer zijn geweest, ter beoordeling door een coördinator: {count} (trefpuntje member inactive).</translation>
    </message>
    <message>
        <source>Meal orders not collected in time, recorded now: {count}; allergy data of past meals removed now: {purged}.</source>
        <translation>Maaltijdbestellingen die niet op tijd zijn opgehaald, nu vastgelegd: {count}; allergiegegevens van voorbije maaltijden nu verwijderd: {purged}.</translation>
    </message>
    <message>
        <source>Shop reservations that ran out, back on the shelf now: {count}.</source>
        <translation>Winkelreserveringen die verlopen zijn, nu terug in het schap: {count}.</translation>
    </message>
    <message>
        <source>No inactive visitors.</source>
        <translation>Geen inactieve bezoekers.</translation>
    </message>
    <message>
        <source>Copied {rows} rows into {url}; every table was checked and matches. Point every terminal at it with --database-url or TREFPUNTJE_DATABASE_URL.</source>
        <translation>{rows} rijen gekopieerd naar {url}; elke tabel is gecontroleerd en klopt. Laat elke terminal ernaar wijzen met --database-url of TREFPUNTJE_DATABASE_URL.</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>diensten</translation>
    </message>
    <message>
        <source>hour entries</source>
        <translation>urenregels</translation>
    </message>
    <message>
        <source>called off</source>
        <translation>gaat niet door</translation>
    </message>
    <message>
        <source>{left} of {portions} left</source>
        <translation>nog {left} van {portions}</translation>
    </message>
    <message>
        <source>No meals on offer.</source>
        <translation>Er worden geen maaltijden aangeboden.</translation>
    </message>
    <message>
        <source>Contributions collected in {month}, to pay to the cooks:</source>
        <translation>Bijdragen ontvangen in {month}, te betalen aan de koks:</translation>
    </message>
    <message>
        <source>{meals} meals, {portions} portions collected</source>
        <translation>{meals} maaltijden, {portions} porties opgehaald</translation>
    </message>
    <message>
        <source>Together: {total}.</source>
        <translation>Samen: {total}.</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>maaltijden</translation>
    </message>
    <message>
        <source>meal orders</source>
        <translation>maaltijdbestellingen</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(opdrachtregel)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Geen spullen.</translation>
    </message>
    <message>
        <source>Taken in as {code}: {title}. Print its label with: trefpuntje print label {code} -o label.pdf</source>
        <translation>Ingenomen als {code}: {title}. Print het etiket met: trefpuntje print label {code} -o label.pdf</translation>
    </message>
    <message>
        <source>Saved: {code} {title}, {on_shelf} of {quantity} on the shelf.</source>
        <translation>Opgeslagen: {code} {title}, {on_shelf} van {quantity} in het schap.</translation>
    </message>
    <message>
        <source>On the shelf for more than {weeks} weeks: {count}.</source>
        <translation>Langer dan {weeks} weken in de winkel: {count}.</translation>
    </message>
    <message>
        <source>Clear them with: trefpuntje shop clear CODE ... --to kringloop</source>
        <translation>Ruim ze op met: trefpuntje shop clear CODE ... --to kringloop</translation>
    </message>
    <message>
        <source>Cleared: {count} of {asked} (an item already gone is skipped).</source>
        <translation>Opgeruimd: {count} van {asked} (wat al weg was, is overgeslagen).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>{limit} a week</source>
        <translation>{limit} per week</translation>
    </message>
    <message>
        <source>{count} on the shelf</source>
        <translation>{count} in de winkel</translation>
    </message>
    <message>
        <source>Labels: {codes}.</source>
        <translation>Etiketten: {codes}.</translation>
    </message>
    <message>
        <source>shop items</source>
        <translation>winkelspullen</translation>
    </message>
    <message>
        <source>shop hand-outs</source>
        <translation>uitgiftes in de winkel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two PINs differ. Nothing was saved.</source>
        <translation>De twee pincodes verschillen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore.</source>
        <translation>Dit werkt alleen met het SQLite-bestand. Gebruik voor PostgreSQL pg_dump en pg_restore.</translation>
    </message>
    <message>
        <source>{text} is not a week; write it like 2026-W49.</source>
        <translation>{text} is geen week; schrijf het zoals 2026-W49.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Een activiteit heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A title can be at most {limit} characters.</source>
        <translation>Een titel mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>The number of places must be at least 1, or no limit.</source>
        <translation>Het aantal plaatsen is minstens 1, of onbeperkt.</translation>
    </message>
    <message>
        <source>An activity lasts at least one minute.</source>
        <translation>Een activiteit duurt minstens een minuut.</translation>
    </message>
    <message>
        <source>An activity lasts at most {limit} minutes.</source>
        <translation>Een activiteit duurt hoogstens {limit} minuten.</translation>
    </message>
    <message>
        <source>The number of places can be at most {limit}, or no limit.</source>
        <translation>Het aantal plaatsen is hoogstens {limit}, of geen grens.</translation>
    </message>
    <message>
        <source>A place can be at most {limit} characters.</source>
        <translation>Een plaats heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>Een activiteit kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>That date has passed. Choose today or a later day.</source>
        <translation>Die datum is voorbij. Kies vandaag of een latere dag.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>This session is over; it can no longer be changed.</source>
        <translation>Deze bijeenkomst is voorbij; er kan niets meer aan veranderen.</translation>
    </message>
    <message>
        <source>{count} people have already signed up; the places cannot go below that.</source>
        <translation>Er hebben zich al {count} mensen aangemeld; minder plaatsen dan dat kan niet.</translation>
    </message>
    <message>
        <source>This database already holds data. Nothing was changed. Use --force to delete everything and start afresh with demo data.</source>
        <translation>Deze database bevat al gegevens. Er is niets veranderd. Gebruik --force om alles te wissen en opnieuw te beginnen met voorbeeldgegevens.</translation>
    </message>
    <message>
        <source>A last name can be at most {limit} characters.</source>
        <translation>Een achternaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A phone number can be at most {limit} characters.</source>
        <translation>Een telefoonnummer heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>An e-mail address can be at most {limit} characters.</source>
        <translation>Een e-mailadres heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A postcode can be at most {limit} characters.</source>
        <translation>Een postcode heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A birth year band can be at most {limit} characters.</source>
        <translation>Een leeftijdsgroep heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The languages can be at most {limit} characters.</source>
        <translation>De talen hebben samen hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A first name is needed.</source>
        <translation>Een voornaam is nodig.</translation>
    </message>
    <message>
        <source>A first name can be at most {limit} characters.</source>
        <translation>Een voornaam mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Choose one of: {choices}.</source>
        <translation>Onbekende rol {role}. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation>Er is geen lid met id {id}.</translation>
    </message>
    <message>
        <source>This is the last coordinator. Make someone else coordinator first; nothing was changed.</source>
        <translation>Dit is de laatste coördinator. Maak eerst iemand anders coördinator; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{id} is not a member id.</source>
        <translation>{id} is geen lid-id.</translation>
    </message>
    <message>
        <source>Unknown setting {key}. Known settings: {known}.</source>
        <translation>Onbekende instelling {key}. Bekende instellingen: {known}.</translation>
    </message>
    <message>
        <source>{value} is not a valid value for {key} ({help}).</source>
        <translation>{value} is geen geldige waarde voor {key} ({help}).</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Een pincode heeft 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>A staff PIN is for volunteers, staff and coordinators.</source>
        <translation>Een pincode is voor vrijwilligers, medewerkers en coördinatoren.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje database (it is not an SQLite file).</source>
        <translation>{path} is geen Trefpuntje-database (het is geen SQLite-bestand).</translation>
    </message>
    <message>
        <source>The database {path} cannot be written. Check its permissions.</source>
        <translation>Er kan niet naar de database {path} geschreven worden. Controleer de rechten.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created. Choose another place with --db.</source>
        <translation>De map {path} kan niet worden aangemaakt. Kies een andere plek met --db.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written. Choose another place with --db.</source>
        <translation>Er kan niet in de map {path} geschreven worden. Kies een andere plek met --db.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} bestaat al. Kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>The backup did not check out ({detail}). Nothing was saved.</source>
        <translation>De reservekopie klopt niet ({detail}). Er is niets bewaard.</translation>
    </message>
    <message>
        <source>There is no room for the backup in {folder}. Nothing was saved there; make room or choose another folder.</source>
        <translation>Er is geen ruimte voor de back-up in {folder}. Daar is niets opgeslagen; maak ruimte of kies een andere map.</translation>
    </message>
    <message>
        <source>The backup could not be written: {detail}</source>
        <translation>De reservekopie kon niet worden geschreven: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is geen bestand.</translation>
    </message>
    <message>
        <source>{path} is not a Trefpuntje backup.</source>
        <translation>{path} is geen reservekopie van Trefpuntje.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore a backup.</source>
        <translation>De database {path} is beschadigd ({detail}). Zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Trefpuntje (schema {revision}). Install the newer version; the database was left untouched.</source>
        <translation>Deze database is geschreven door een nieuwere versie van Trefpuntje (schema {revision}). Installeer die nieuwere versie; de database is niet aangeraakt.</translation>
    </message>
    <message>
        <source>{url} holds tables that are not Trefpuntje&apos;s. It was left untouched.</source>
        <translation>{url} bevat tabellen die niet van Trefpuntje zijn. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The centre&apos;s database server cannot be reached ({detail}). Check the network and that the server is running, then start again.</source>
        <translation>De databaseserver van het centrum is niet bereikbaar ({detail}). Controleer het netwerk en of de server draait, en start dan opnieuw.</translation>
    </message>
    <message>
        <source>The database cannot be opened: {detail}</source>
        <translation>De database kan niet worden geopend: {detail}</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed. For PostgreSQL: pip install &apos;trefpuntje[postgres]&apos;.</source>
        <translation>Het databasestuurprogramma {driver} is niet geïnstalleerd. Voor PostgreSQL: pip install &apos;trefpuntje[postgres]&apos;.</translation>
    </message>
    <message>
        <source>{url} is not a database address ({detail}).</source>
        <translation>{url} is geen database-adres ({detail}).</translation>
    </message>
    <message>
        <source>The upgrade would break links between records: {detail}</source>
        <translation>Het bijwerken zou verbanden tussen gegevens breken: {detail}</translation>
    </message>
    <message>
        <source>This activity has been cancelled.</source>
        <translation>Deze activiteit gaat niet door.</translation>
    </message>
    <message>
        <source>Checking in is possible from half an hour before the start until the end.</source>
        <translation>Inchecken kan vanaf een half uur voor het begin tot het einde.</translation>
    </message>
    <message>
        <source>No-shows can be marked once the activity has begun.</source>
        <translation>Wie niet kwam, kunt u aanvinken zodra de activiteit begonnen is.</translation>
    </message>
    <message>
        <source>This activity has already started; signing up is closed.</source>
        <translation>Deze activiteit is al begonnen; aanmelden kan niet meer.</translation>
    </message>
    <message>
        <source>No need to sign up for this one: just come along.</source>
        <translation>Hiervoor hoeft u zich niet aan te melden: kom gewoon langs.</translation>
    </message>
    <message>
        <source>You are already signed up for this.</source>
        <translation>U bent hiervoor al aangemeld.</translation>
    </message>
    <message>
        <source>You were not signed up for this.</source>
        <translation>U was hiervoor niet aangemeld.</translation>
    </message>
    <message>
        <source>This activity has already started; it cannot be cancelled now.</source>
        <translation>Deze activiteit is al begonnen; afmelden kan nu niet meer.</translation>
    </message>
    <message>
        <source>Say where the pages should go: -o FILE, --to-printer or --printer NAME.</source>
        <translation>Zeg waar de bladzijden heen moeten: -o BESTAND, --to-printer of --printer NAAM.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Give all four caps: --per-hour, --per-hour-under-21, --per-month and --per-year.</source>
        <translation>Geef alle vier de maxima: --per-hour, --per-hour-under-21, --per-month en --per-year.</translation>
    </message>
    <message>
        <source>There is no default printer. Name a printer, or make one the default in the printer settings.</source>
        <translation>Er is geen standaardprinter. Noem een printer, of maak er een de standaard in de printerinstellingen.</translation>
    </message>
    <message>
        <source>There is no printer called {printer}.</source>
        <translation>Er is geen printer met de naam {printer}.</translation>
    </message>
    <message>
        <source>Printing is not possible: this computer has no print system (CUPS). Ask for it to be installed.</source>
        <translation>Printen kan niet: deze computer heeft geen printsysteem (CUPS). Vraag of het geïnstalleerd kan worden.</translation>
    </message>
    <message>
        <source>Printing is not possible: the print system (CUPS) is not running. Restarting the computer usually helps.</source>
        <translation>Printen kan niet: het printsysteem (CUPS) draait niet. Meestal helpt het de computer opnieuw op te starten.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>De printer {printer} nam de opdracht niet aan: {reason}</translation>
    </message>
    <message>
        <source>Name one till session: its id, or --last for the most recent closed one.</source>
        <translation>Noem één kassadienst: het id, of --last voor de laatst afgesloten dienst.</translation>
    </message>
    <message>
        <source>{amount} cannot be right for the cash drawer. Count again.</source>
        <translation>{amount} kan niet kloppen voor de kassalade. Tel opnieuw.</translation>
    </message>
    <message>
        <source>The till is already open (session {number}).</source>
        <translation>De kassa is al open (dienst {number}).</translation>
    </message>
    <message>
        <source>No till session with id {id}.</source>
        <translation>Geen kassadienst met id {id}.</translation>
    </message>
    <message>
        <source>This till session is already closed (Z report {z_number}).</source>
        <translation>Deze kassadienst is al afgesloten (Z-rapport {z_number}).</translation>
    </message>
    <message>
        <source>Another till recorded something at the same moment. Nothing was saved; please try again.</source>
        <translation>Een andere kassa boekte op hetzelfde moment iets. Er is niets opgeslagen; probeer het nog eens.</translation>
    </message>
    <message>
        <source>A quantity is between 1 and {limit}.</source>
        <translation>Een aantal ligt tussen 1 en {limit}.</translation>
    </message>
    <message>
        <source>Nothing to sell yet: tap a product first.</source>
        <translation>Nog niets om te verkopen: tik eerst op een product.</translation>
    </message>
    <message>
        <source>{name} is no longer sold.</source>
        <translation>{name} wordt niet meer verkocht.</translation>
    </message>
    <message>
        <source>A coffee card is for a member: scan their card first.</source>
        <translation>Een koffiekaart is voor een lid: scan eerst de pas.</translation>
    </message>
    <message>
        <source>A coffee card is paid in cash or by card.</source>
        <translation>Een koffiekaart betaal je contant of met de pin.</translation>
    </message>
    <message>
        <source>To pay with strips, scan the coffee card first.</source>
        <translation>Scan eerst de koffiekaart om met strippen te betalen.</translation>
    </message>
    <message>
        <source>{name} cannot be paid with strips. Pay in cash or by card.</source>
        <translation>{name} kun je niet met strippen betalen. Betaal contant of met de pin.</translation>
    </message>
    <message>
        <source>There are no strips left on this coffee card. Pay in cash or by card, or buy a new card.</source>
        <translation>Er staan geen strippen meer op deze koffiekaart. Betaal contant of met de pin, of koop een nieuwe kaart.</translation>
    </message>
    <message>
        <source>Only {balance} strips are left on this coffee card and this costs {needed}. Pay in cash or by card, or buy a new card.</source>
        <translation>Er staan nog maar {balance} strippen op deze koffiekaart en dit kost er {needed}. Betaal contant of met de pin, of koop een nieuwe kaart.</translation>
    </message>
    <message>
        <source>Say why this is free, for example: volunteer on shift.</source>
        <translation>Zeg waarom dit gratis is, bijvoorbeeld: vrijwilliger op dienst.</translation>
    </message>
    <message>
        <source>{payment} is not a way to pay here.</source>
        <translation>{payment} is hier geen manier van betalen.</translation>
    </message>
    <message>
        <source>Enter the amount of cash received.</source>
        <translation>Vul in hoeveel contant geld je hebt gekregen.</translation>
    </message>
    <message>
        <source>{received} in cash is more than the till accepts (at most {limit}). Check the amount.</source>
        <translation>{received} contant is meer dan de kassa aanneemt (hoogstens {limit}). Controleer het bedrag.</translation>
    </message>
    <message>
        <source>{missing} is missing: {due} to pay, {received} received.</source>
        <translation>Er ontbreekt {missing}: {due} te betalen, {received} ontvangen.</translation>
    </message>
    <message>
        <source>{id} is not a sale id.</source>
        <translation>{id} is geen verkoop-id.</translation>
    </message>
    <message>
        <source>No sale with id {id}.</source>
        <translation>Geen verkoop met id {id}.</translation>
    </message>
    <message>
        <source>This is itself a reversal; it cannot be reversed.</source>
        <translation>Dit is zelf een terugboeking; die kan niet worden teruggedraaid.</translation>
    </message>
    <message>
        <source>This sale has already been taken back.</source>
        <translation>Deze verkoop is al teruggedraaid.</translation>
    </message>
    <message>
        <source>The strips of this coffee card have already been used; it cannot be taken back.</source>
        <translation>De strippen van deze koffiekaart zijn al gebruikt; de kaart kan niet worden teruggenomen.</translation>
    </message>
    <message>
        <source>There is no sale to undo.</source>
        <translation>Er is geen verkoop om terug te draaien.</translation>
    </message>
    <message>
        <source>The last sale was more than {minutes} minutes ago. A void in staff mode is needed now.</source>
        <translation>De laatste verkoop is meer dan {minutes} minuten geleden. Nu is een annulering in de medewerkersmodus nodig.</translation>
    </message>
    <message>
        <source>A sale is taken back as a void or a refund.</source>
        <translation>Een verkoop wordt teruggenomen als annulering of terugbetaling.</translation>
    </message>
    <message>
        <source>Say why the sale is taken back.</source>
        <translation>Zeg waarom de verkoop wordt teruggedraaid.</translation>
    </message>
    <message>
        <source>A category is at most {limit} characters.</source>
        <translation>Een groep heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Een product heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A product name is at most {limit} characters.</source>
        <translation>Een productnaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A price is at least 0 and at most {limit}.</source>
        <translation>Een prijs is minstens 0 en hoogstens {limit}.</translation>
    </message>
    <message>
        <source>The VAT rate is 9 or 21 percent.</source>
        <translation>Het btw-tarief is 9 of 21 procent.</translation>
    </message>
    <message>
        <source>A number of strips is at least 1.</source>
        <translation>Een aantal strippen is minstens 1.</translation>
    </message>
    <message>
        <source>A number of strips is at most {limit}.</source>
        <translation>Een aantal strippen is hoogstens {limit}.</translation>
    </message>
    <message>
        <source>A place on the grid is a number up to {limit}.</source>
        <translation>Een plaats op het scherm is een getal tot {limit}.</translation>
    </message>
    <message>
        <source>No product with id {id}.</source>
        <translation>Geen product met id {id}.</translation>
    </message>
    <message>
        <source>Till session {number} is still open; its Z report is made when it is closed.</source>
        <translation>Kassadienst {number} is nog open; het Z-rapport wordt gemaakt bij het afsluiten.</translation>
    </message>
    <message>
        <source>No till session has been closed yet.</source>
        <translation>Er is nog geen kassadienst afgesloten.</translation>
    </message>
    <message>
        <source>This is the last coordinator. Make someone else coordinator first; nothing was erased.</source>
        <translation>Dit is de laatste coördinator. Maak eerst iemand anders coördinator; er is niets gewist.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached or made. Is the USB stick in?</source>
        <translation>De back-upmap {folder} is niet bereikbaar of kan niet worden gemaakt. Zit de USB-stick erin?</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Ask a coordinator to make room.</source>
        <translation>De schijf is vol: er is niets opgeslagen. Vraag een coördinator om ruimte te maken.</translation>
    </message>
    <message>
        <source>Another terminal recorded hours at the same moment. Nothing was saved; please try again.</source>
        <translation>Een andere terminal legde op hetzelfde moment uren vast. Er is niets opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The end is before the start. Nothing was saved.</source>
        <translation>Het einde ligt vóór het begin. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Hours last at least one minute. Nothing was saved.</source>
        <translation>Uren duren minstens één minuut. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>One entry is at most {limit} hours. Nothing was saved.</source>
        <translation>Eén regel is hoogstens {limit} uur. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Hours are added afterwards: this end is still ahead.</source>
        <translation>Uren worden achteraf doorgegeven: dit einde ligt nog in de toekomst.</translation>
    </message>
    <message>
        <source>These hours overlap with {task} from {start} to {end}. Nothing was saved.</source>
        <translation>Deze uren overlappen met {task} van {start} tot {end}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>You are already clocked in since {start}. Stop that first.</source>
        <translation>Je bent al ingeklokt sinds {start}. Stop daar eerst mee.</translation>
    </message>
    <message>
        <source>This shift is for another task.</source>
        <translation>Deze dienst is voor een andere taak.</translation>
    </message>
    <message>
        <source>You are not clocked in, so there is nothing to stop.</source>
        <translation>Je bent niet ingeklokt, dus er is niets om te stoppen.</translation>
    </message>
    <message>
        <source>The stop is before the start. Check this terminal&apos;s clock.</source>
        <translation>Het stoppen ligt vóór het begin. Controleer de klok van deze terminal.</translation>
    </message>
    <message>
        <source>A note is at most {limit} characters.</source>
        <translation>Een notitie heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Give either the end or the number of minutes.</source>
        <translation>Geef het einde of het aantal minuten.</translation>
    </message>
    <message>
        <source>The time is a whole number of minutes.</source>
        <translation>De tijd is een heel aantal minuten.</translation>
    </message>
    <message>
        <source>Hours cannot be negative. Nothing was saved.</source>
        <translation>Uren kunnen niet negatief zijn. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>An amount in cents is between 0 and {limit}.</source>
        <translation>Een bedrag in centen ligt tussen 0 en {limit}.</translation>
    </message>
    <message>
        <source>{year} is not a year we can set caps for.</source>
        <translation>Voor {year} kunnen geen maxima worden ingesteld.</translation>
    </message>
    <message>
        <source>A source is at most {limit} characters.</source>
        <translation>Een bron heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The cap per month cannot be more than the cap per year.</source>
        <translation>Het maximum per maand kan niet hoger zijn dan het maximum per jaar.</translation>
    </message>
    <message>
        <source>This member&apos;s data has been erased.</source>
        <translation>De gegevens van dit lid zijn gewist.</translation>
    </message>
    <message>
        <source>{name} has no counted hours in {year} yet, so there is no certificate to print.</source>
        <translation>{name} heeft in {year} nog geen getelde uren, dus er is geen oorkonde om af te drukken.</translation>
    </message>
    <message>
        <source>These hours no longer exist.</source>
        <translation>Deze uren bestaan niet meer.</translation>
    </message>
    <message>
        <source>Someone else approves or corrects your own hours.</source>
        <translation>Iemand anders keurt je eigen uren goed of verbetert ze.</translation>
    </message>
    <message>
        <source>Say why: a correction needs a reason.</source>
        <translation>Zeg waarom: een verbetering heeft een reden nodig.</translation>
    </message>
    <message>
        <source>A reason is at most {limit} characters.</source>
        <translation>Een reden heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>These hours are not waiting for approval.</source>
        <translation>Deze uren wachten niet op goedkeuring.</translation>
    </message>
    <message>
        <source>Give the time these hours ended.</source>
        <translation>Geef de tijd waarop deze uren eindigden.</translation>
    </message>
    <message>
        <source>Nothing to correct: the times and the task are the same.</source>
        <translation>Niets te verbeteren: de tijden en de taak zijn hetzelfde.</translation>
    </message>
    <message>
        <source>These hours were already rejected.</source>
        <translation>Deze uren zijn al afgewezen.</translation>
    </message>
    <message>
        <source>These hours are still running. Correct them with an end instead.</source>
        <translation>Deze uren lopen nog. Verbeter ze door een einde te geven.</translation>
    </message>
    <message>
        <source>Hours are for volunteers and cooks. Ask a coordinator to add you as a volunteer.</source>
        <translation>Uren zijn voor vrijwilligers en koks. Vraag een coördinator om je als vrijwilliger toe te voegen.</translation>
    </message>
    <message>
        <source>Only a coordinator or staff member can do this.</source>
        <translation>Alleen een coördinator of medewerker kan dit doen.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Deze taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>The task {name} is no longer in use.</source>
        <translation>De taak {name} wordt niet meer gebruikt.</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Een taak heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A task name is at most {limit} characters.</source>
        <translation>Een taaknaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Unknown pictogram {name}. Choose one of: {choices}.</source>
        <translation>Onbekend plaatje {name}. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>There is already a task called {name}.</source>
        <translation>Er is al een taak die {name} heet.</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>Deze dienst bestaat niet meer.</translation>
    </message>
    <message>
        <source>A shift ends after it starts.</source>
        <translation>Een dienst eindigt na het begin.</translation>
    </message>
    <message>
        <source>A shift lasts at most {limit} hours.</source>
        <translation>Een dienst duurt hoogstens {limit} uur.</translation>
    </message>
    <message>
        <source>A shift has between 1 and {limit} places.</source>
        <translation>Een dienst heeft tussen 1 en {limit} plaatsen.</translation>
    </message>
    <message>
        <source>More volunteers than places: this shift has {places}.</source>
        <translation>Meer vrijwilligers dan plaatsen: deze dienst heeft er {places}.</translation>
    </message>
    <message>
        <source>{count} volunteers are on this shift; take someone off first.</source>
        <translation>Er staan {count} vrijwilligers op deze dienst; haal er eerst iemand af.</translation>
    </message>
    <message>
        <source>{name} is already on another shift at that time.</source>
        <translation>{name} staat op dat moment al op een andere dienst.</translation>
    </message>
    <message>
        <source>This shift has been cancelled.</source>
        <translation>Deze dienst gaat niet door.</translation>
    </message>
    <message>
        <source>{name} is already on this shift.</source>
        <translation>{name} staat al op deze dienst.</translation>
    </message>
    <message>
        <source>This shift is full.</source>
        <translation>Deze dienst is vol.</translation>
    </message>
    <message>
        <source>Someone took this place at the same moment. Nothing was saved; please try again.</source>
        <translation>Iemand nam op hetzelfde moment deze plaats. Er is niets opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This volunteer is not on this shift.</source>
        <translation>Deze vrijwilliger staat niet op deze dienst.</translation>
    </message>
    <message>
        <source>This shift has already started.</source>
        <translation>Deze dienst is al begonnen.</translation>
    </message>
    <message>
        <source>This shift has already started. Tell a coordinator instead.</source>
        <translation>Deze dienst is al begonnen. Zeg het liever tegen een coördinator.</translation>
    </message>
    <message>
        <source>No connection to the centre&apos;s database: nothing was saved. Try again in a moment; if it goes on, ask a coordinator to check the network and the database server.</source>
        <translation>Geen verbinding met de database van het centrum: er is niets opgeslagen. Probeer het zo opnieuw; blijft het zo, vraag dan een coördinator het netwerk en de databaseserver na te kijken.</translation>
    </message>
    <message>
        <source>The connection broke while saving. It may have been saved: check before you do it again.</source>
        <translation>De verbinding viel weg tijdens het bewaren. Misschien is het bewaard: kijk dat na voordat je het opnieuw doet.</translation>
    </message>
    <message>
        <source>{url} already holds Trefpuntje data (table {table}). Copy into an empty database only; it was left untouched.</source>
        <translation>{url} bevat al Trefpuntje-gegevens (tabel {table}). Kopieer alleen naar een lege database; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>De bron en het doel zijn dezelfde database.</translation>
    </message>
    <message>
        <source>The two databases have different schemas ({source} and {target}): upgrade both first.</source>
        <translation>De twee databases hebben verschillende schema&apos;s ({source} en {target}): werk eerst beide bij.</translation>
    </message>
    <message>
        <source>The target has no table {table}; it was left untouched.</source>
        <translation>Het doel heeft geen tabel {table}; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The copy of table {table} does not match the original ({detail}); nothing was kept.</source>
        <translation>De kopie van tabel {table} klopt niet met het origineel ({detail}); er is niets bewaard.</translation>
    </message>
    <message>
        <source>{id} is not a meal id.</source>
        <translation>{id} is geen maaltijdnummer.</translation>
    </message>
    <message>
        <source>No meal with id {id}.</source>
        <translation>Geen maaltijd met nummer {id}.</translation>
    </message>
    <message>
        <source>The photo is empty. Take it again, or leave it out.</source>
        <translation>De foto is leeg. Maak hem opnieuw, of laat hem weg.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {limit} kB).</source>
        <translation>De foto is te groot (hoogstens {limit} kB).</translation>
    </message>
    <message>
        <source>A photo is a JPEG or PNG picture.</source>
        <translation>Een foto is een JPEG- of PNG-afbeelding.</translation>
    </message>
    <message>
        <source>Ordering must close before the pick-up starts. Choose an earlier ordering deadline.</source>
        <translation>Bestellen moet sluiten voordat het ophalen begint. Kies een eerdere besteltijd.</translation>
    </message>
    <message>
        <source>Give the dish a name.</source>
        <translation>Geef het gerecht een naam.</translation>
    </message>
    <message>
        <source>A dish name is at most {limit} characters.</source>
        <translation>Een gerechtnaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A description is at most {limit} characters.</source>
        <translation>Een beschrijving heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Offer at least 1 portion.</source>
        <translation>Bied minstens 1 portie aan.</translation>
    </message>
    <message>
        <source>At most {limit} portions can be offered at once.</source>
        <translation>Er kunnen hoogstens {limit} porties tegelijk worden aangeboden.</translation>
    </message>
    <message>
        <source>A contribution is at least 0 and at most {limit} a portion.</source>
        <translation>Een bijdrage is minstens 0 en hoogstens {limit} per portie.</translation>
    </message>
    <message>
        <source>The pick-up time ends before it starts. Check the times.</source>
        <translation>De ophaaltijd eindigt voordat hij begint. Kijk de tijden na.</translation>
    </message>
    <message>
        <source>The ordering deadline has already passed. Choose a later one.</source>
        <translation>De besteltijd is al voorbij. Kies een latere.</translation>
    </message>
    <message>
        <source>Unknown allergen {code}. The allergens are: {known}.</source>
        <translation>Onbekend allergeen {code}. De allergenen zijn: {known}.</translation>
    </message>
    <message>
        <source>Tick the allergens in the dish, or tick &quot;none&quot;. A meal cannot be offered without.</source>
        <translation>Vink de allergenen in het gerecht aan, of vink &quot;geen&quot; aan. Zonder kan een maaltijd niet worden aangeboden.</translation>
    </message>
    <message>
        <source>You ticked &quot;none&quot; and also allergens. Tick only the allergens in the dish, or only &quot;none&quot;.</source>
        <translation>Je vinkte &quot;geen&quot; aan en ook allergenen. Vink alleen de allergenen in het gerecht aan, of alleen &quot;geen&quot;.</translation>
    </message>
    <message>
        <source>A dish labelled {diet} cannot contain {allergens}.</source>
        <translation>Een gerecht dat {diet} heet, kan geen {allergens} bevatten.</translation>
    </message>
    <message>
        <source>Only a neighbour with the cook role can offer a meal.</source>
        <translation>Alleen een buur met de rol kok kan een maaltijd aanbieden.</translation>
    </message>
    <message>
        <source>Unknown diet label {code}. The labels are: {known}.</source>
        <translation>Onbekend dieetlabel {code}. De labels zijn: {known}.</translation>
    </message>
    <message>
        <source>Each neighbour may order at least 1 portion.</source>
        <translation>Elke buur mag minstens 1 portie bestellen.</translation>
    </message>
    <message>
        <source>Confirm the food-safety checklist first.</source>
        <translation>Bevestig eerst de lijst voor voedselveiligheid.</translation>
    </message>
    <message>
        <source>Only the cook or staff can call off a meal.</source>
        <translation>Alleen de kok of een medewerker kan een maaltijd afzeggen.</translation>
    </message>
    <message>
        <source>This meal has already been called off.</source>
        <translation>Deze maaltijd is al afgezegd.</translation>
    </message>
    <message>
        <source>This meal is over; it cannot be called off any more.</source>
        <translation>Deze maaltijd is voorbij; hij kan niet meer worden afgezegd.</translation>
    </message>
    <message>
        <source>Only the neighbour themselves can see or change their allergies and diet.</source>
        <translation>Alleen de buur zelf kan zijn of haar allergieën en dieet zien of veranderen.</translation>
    </message>
    <message>
        <source>This meal has been called off.</source>
        <translation>Deze maaltijd gaat niet door.</translation>
    </message>
    <message>
        <source>Ordering for this meal closed at {time}.</source>
        <translation>Bestellen voor deze maaltijd sloot om {time}.</translation>
    </message>
    <message>
        <source>Order at least 1 portion.</source>
        <translation>Bestel minstens 1 portie.</translation>
    </message>
    <message>
        <source>One neighbour can order at most {limit} portions of this meal.</source>
        <translation>Eén buur kan hoogstens {limit} porties van deze maaltijd bestellen.</translation>
    </message>
    <message>
        <source>You are already on the waiting list for this meal.</source>
        <translation>Je staat al op de wachtlijst voor deze maaltijd.</translation>
    </message>
    <message>
        <source>You have already ordered this meal ({portions} portions). To change it, cancel it first.</source>
        <translation>Je hebt deze maaltijd al besteld ({portions} porties). Om dat te veranderen, zeg je eerst af.</translation>
    </message>
    <message>
        <source>Careful: this dish contains {allergens}, and you are allergic to it. Order anyway?</source>
        <translation>Let op: dit gerecht bevat {allergens}, en daar ben je allergisch voor. Toch bestellen?</translation>
    </message>
    <message>
        <source>This meal is sold out. You can join the waiting list.</source>
        <translation>Deze maaltijd is uitverkocht. Je kunt op de wachtlijst.</translation>
    </message>
    <message>
        <source>Only {left} portions are left. Order fewer, or join the waiting list.</source>
        <translation>Er zijn nog maar {left} porties. Bestel er minder, of ga op de wachtlijst.</translation>
    </message>
    <message>
        <source>This order was just placed at another terminal. Nothing more was saved.</source>
        <translation>Deze bestelling is net op een andere terminal gedaan. Er is niets meer opgeslagen.</translation>
    </message>
    <message>
        <source>{id} is not an order id.</source>
        <translation>{id} is geen bestelnummer.</translation>
    </message>
    <message>
        <source>You have no such order.</source>
        <translation>Je hebt zo&apos;n bestelling niet.</translation>
    </message>
    <message>
        <source>This order has already been cancelled or collected.</source>
        <translation>Deze bestelling is al afgezegd of opgehaald.</translation>
    </message>
    <message>
        <source>Ordering closed at {time}: the order can no longer be cancelled. Please let the cook know.</source>
        <translation>Bestellen sloot om {time}: de bestelling kan niet meer worden afgezegd. Laat het de kok weten.</translation>
    </message>
    <message>
        <source>{dish} has already been collected.</source>
        <translation>{dish} is al opgehaald.</translation>
    </message>
    <message>
        <source>This is a place on the waiting list for {dish}, not an order.</source>
        <translation>Dit is een plaats op de wachtlijst voor {dish}, geen bestelling.</translation>
    </message>
    <message>
        <source>This order for {dish} was cancelled or not collected in time.</source>
        <translation>Deze bestelling voor {dish} is afgezegd of niet op tijd opgehaald.</translation>
    </message>
    <message>
        <source>{dish} can be collected from {time}.</source>
        <translation>{dish} kan worden opgehaald vanaf {time}.</translation>
    </message>
    <message>
        <source>The pick-up time for {dish} ended at {time}.</source>
        <translation>De ophaaltijd voor {dish} eindigde om {time}.</translation>
    </message>
    <message>
        <source>The contribution goes to the cook: pay in cash, by card or with a coffee card.</source>
        <translation>De bijdrage gaat naar de kok: betaal contant, met de pin of met een koffiekaart.</translation>
    </message>
    <message>
        <source>Meals are not paid with coffee-card strips here.</source>
        <translation>Maaltijden worden hier niet met strippen betaald.</translation>
    </message>
    <message>
        <source>Choose the orders to hand out.</source>
        <translation>Kies de bestellingen om mee te geven.</translation>
    </message>
    <message>
        <source>This neighbour has no such order.</source>
        <translation>Deze buur heeft zo&apos;n bestelling niet.</translation>
    </message>
    <message>
        <source>Choose how the contribution is paid: cash, card or coffee card.</source>
        <translation>Kies hoe de bijdrage wordt betaald: contant, pin of koffiekaart.</translation>
    </message>
    <message>
        <source>A month is from 1 to 12.</source>
        <translation>Een maand is van 1 tot 12.</translation>
    </message>
    <message>
        <source>Only the cook of this meal can see who ordered it and their allergies.</source>
        <translation>Alleen de kok van deze maaltijd kan zien wie bestelde en welke allergieën ze hebben.</translation>
    </message>
    <message>
        <source>{date} is outside the dates Trefpuntje works with ({first} to {last}). Check the date, or the computer&apos;s clock.</source>
        <translation>{date} valt buiten de data waarmee Trefpuntje werkt ({first} tot {last}). Kijk de datum na, of de klok van de computer.</translation>
    </message>
    <message>
        <source>{name} is not a pictogram.</source>
        <translation>{name} is geen plaatje.</translation>
    </message>
    <message>
        <source>This needs a volunteer, a staff member or a coordinator.</source>
        <translation>Hiervoor is een vrijwilliger, medewerker of coördinator nodig.</translation>
    </message>
    <message>
        <source>This needs a staff member or a coordinator.</source>
        <translation>Hiervoor is een medewerker of coördinator nodig.</translation>
    </message>
    <message>
        <source>This needs a coordinator.</source>
        <translation>Hiervoor is een coördinator nodig.</translation>
    </message>
    <message>
        <source>A number of months is between 1 and {limit}.</source>
        <translation>Een aantal maanden ligt tussen 1 en {limit}.</translation>
    </message>
    <message>
        <source>The photo file is empty. Take it again, or leave it out.</source>
        <translation>Het fotobestand is leeg. Maak de foto opnieuw, of laat hem weg.</translation>
    </message>
    <message>
        <source>The photo file is too large ({size} MB; at most {limit} MB). Take a smaller picture.</source>
        <translation>Het fotobestand is te groot ({size} MB; hoogstens {limit} MB). Maak een kleinere foto.</translation>
    </message>
    <message>
        <source>The photo is too large ({width} x {height} pixels). Take a smaller picture.</source>
        <translation>De foto is te groot ({width} x {height} pixels). Maak een kleinere foto.</translation>
    </message>
    <message>
        <source>This file is not a picture. Choose a photo (JPEG or PNG).</source>
        <translation>Dit bestand is geen foto. Kies een foto (JPEG of PNG).</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read. Choose another.</source>
        <translation>Deze foto is beschadigd en niet te lezen. Kies een andere.</translation>
    </message>
    <message>
        <source>There is no shop category {code}. Known: {known}.</source>
        <translation>Er is geen winkelsoort {code}. Bekend: {known}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>A weekly limit is a number from 1 to 99, or none.</source>
        <translation>Een weeklimiet is een getal van 1 tot 99, of geen.</translation>
    </message>
    <message>
        <source>Say in a few words what it is (for example: winter coat).</source>
        <translation>Zeg in een paar woorden wat het is (bijvoorbeeld: winterjas).</translation>
    </message>
    <message>
        <source>The short description is at most {limit} characters.</source>
        <translation>De korte beschrijving is hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The longer description is at most {limit} characters.</source>
        <translation>De langere beschrijving is hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The number of items is a whole number from 1 to {limit}.</source>
        <translation>Het aantal is een heel getal van 1 tot {limit}.</translation>
    </message>
    <message>
        <source>A price is from 0 (free) to 1000 euros; it cannot be negative.</source>
        <translation>Een prijs is van 0 (gratis) tot 1000 euro; hij kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The condition is one of: {known}.</source>
        <translation>De staat is een van: {known}.</translation>
    </message>
    <message>
        <source>Things neighbours made to sell are taken in as neighbour-made goods, with their maker.</source>
        <translation>Wat buren maken om te verkopen neem je aan als buurtwerk, met de maker erbij.</translation>
    </message>
    <message>
        <source>Neighbour-made goods are sold: give a price.</source>
        <translation>Spullen die buren maken worden verkocht: geef een prijs.</translation>
    </message>
    <message>
        <source>A commission is a percentage from 0 to 100.</source>
        <translation>Een commissie is een percentage van 0 tot 100.</translation>
    </message>
    <message>
        <source>No shop item {code}. Check the code on its label.</source>
        <translation>Geen winkelspul {code}. Kijk de code op het etiket na.</translation>
    </message>
    <message>
        <source>A status is one of: {known}.</source>
        <translation>Een status is een van: {known}.</translation>
    </message>
    <message>
        <source>A page holds 1 to 100 items.</source>
        <translation>Een pagina heeft 1 tot 100 spullen.</translation>
    </message>
    <message>
        <source>Scan the card of the neighbour who takes it.</source>
        <translation>Scan de pas van de buur die het meeneemt.</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop.</source>
        <translation>{title} is uit de winkel gehaald.</translation>
    </message>
    <message>
        <source>This is more than the fair share ({limit} a week; {taken} taken this week). A staff member may hand it out with a reason.</source>
        <translation>Dit is meer dan het eerlijke deel ({limit} per week; deze week al {taken} meegenomen). Een medewerker mag het meegeven, met een reden.</translation>
    </message>
    <message>
        <source>Only {left} of {title} left on the shelf.</source>
        <translation>Nog maar {left} van {title} in het schap.</translation>
    </message>
    <message>
        <source>Choose how it is paid: cash or card.</source>
        <translation>Kies hoe er betaald wordt: contant of met de pin.</translation>
    </message>
    <message>
        <source>Shop items are paid in cash or by card.</source>
        <translation>Winkelspullen worden contant of met de pin betaald.</translation>
    </message>
    <message>
        <source>Cleared items go to: {known}.</source>
        <translation>Weggehaalde spullen gaan naar: {known}.</translation>
    </message>
    <message>
        <source>Choose the items to clear.</source>
        <translation>Kies de spullen die weg mogen.</translation>
    </message>
    <message>
        <source>Give a month as year-month, for example 2026-11.</source>
        <translation>Geef een maand als jaar-maand, bijvoorbeeld 2026-11.</translation>
    </message>
    <message>
        <source>Things neighbours made are bought at the counter, not reserved.</source>
        <translation>Wat buren maken koop je aan de balie; reserveren kan niet.</translation>
    </message>
    <message>
        <source>You have already reserved {title}.</source>
        <translation>Je hebt {title} al gereserveerd.</translation>
    </message>
    <message>
        <source>You have {count} things reserved, the most at a time. Collect them at the counter first.</source>
        <translation>Je hebt {count} dingen gereserveerd, het meeste tegelijk. Haal ze eerst op aan de balie.</translation>
    </message>
    <message>
        <source>You have had your share of this this week ({limit} a week). Come back next week.</source>
        <translation>Je hebt deze week je deel hiervan al gehad ({limit} per week). Kom volgende week terug.</translation>
    </message>
    <message>
        <source>Someone was just ahead of you: {title} is gone.</source>
        <translation>Iemand was je net voor: {title} is weg.</translation>
    </message>
    <message>
        <source>This reservation is not held (any more).</source>
        <translation>Deze reservering staat niet (meer) klaar.</translation>
    </message>
    <message>
        <source>Say it in at most {limit} characters.</source>
        <translation>Zeg het in hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>You are already looking for {count} things. Remove one first.</source>
        <translation>Je zoekt al {count} dingen. Haal er eerst een weg.</translation>
    </message>
    <message>
        <source>This is not on your wanted list (any more).</source>
        <translation>Dit staat niet (meer) op je zoeklijst.</translation>
    </message>
    <message>
        <source>Open the till first: the money goes into it.</source>
        <translation>Open eerst de kassa: het geld gaat erin.</translation>
    </message>
    <message>
        <source>{title} was cleared from the shop and is not changed any more.</source>
        <translation>{title} is uit de winkel opgeruimd en wordt niet meer gewijzigd.</translation>
    </message>
    <message>
        <source>Neighbour-made goods stay on their own shelf, and donated things stay off it.</source>
        <translation>Door buren gemaakte spullen blijven op hun eigen plank, en gegeven spullen komen daar niet op.</translation>
    </message>
    <message>
        <source>Neighbour-made goods have a maker, not a donor.</source>
        <translation>Door buren gemaakte spullen hebben een maker, geen gever.</translation>
    </message>
    <message>
        <source>{gone} of {title} were handed out or are held for someone: the number can be {least} at the least.</source>
        <translation>Van {title} zijn er {gone} meegegeven of voor iemand bewaard: het aantal is minstens {least}.</translation>
    </message>
</context>
<context>
    <name>meals</name>
    <message>
        <source>Cereals with gluten</source>
        <translation>Granen met gluten</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>Schaaldieren</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Eieren</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Pinda&apos;s</translation>
    </message>
    <message>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <source>Milk (and lactose)</source>
        <translation>Melk (en lactose)</translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Selderij</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>Mosterd</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <source>Sulphites</source>
        <translation>Sulfiet</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>Lupine</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>Weekdieren</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetarisch</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Veganistisch</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>Koosjer</translation>
    </message>
    <message>
        <source>No pork</source>
        <translation>Zonder varkensvlees</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Glutenvrij</translation>
    </message>
    <message>
        <source>Lactose-free</source>
        <translation>Lactosevrij</translation>
    </message>
    <message>
        <source>I washed my hands and cooked in a clean kitchen.</source>
        <translation>Ik heb mijn handen gewassen en in een schone keuken gekookt.</translation>
    </message>
    <message>
        <source>I kept raw meat, fish and eggs apart from the rest.</source>
        <translation>Ik heb rauw vlees, vis en eieren apart gehouden van de rest.</translation>
    </message>
    <message>
        <source>The food is cooked through, and cooled quickly or kept hot.</source>
        <translation>Het eten is goed gaar, en snel afgekoeld of warm gehouden.</translation>
    </message>
    <message>
        <source>It stays in the fridge (7 °C or colder) until I bring it.</source>
        <translation>Het blijft in de koelkast (7 °C of kouder) tot ik het breng.</translation>
    </message>
    <message>
        <source>I am not ill: no stomach flu, no fever.</source>
        <translation>Ik ben niet ziek: geen buikgriep, geen koorts.</translation>
    </message>
    <message>
        <source>The containers are clean and closed.</source>
        <translation>De bakjes zijn schoon en dicht.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Scan this card at the kiosk</source>
        <translation>Scan deze pas bij de kiosk</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Ledenpas</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Ledenpassen</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>tot {time}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen maximum</translation>
    </message>
    <message>
        <source>Full, waiting list</source>
        <translation>Vol, wachtlijst</translation>
    </message>
    <message>
        <source>Places left: {n}</source>
        <translation>Plaatsen vrij: {n}</translation>
    </message>
    <message>
        <source>Signed up ({n})</source>
        <translation>Aangemeld ({n})</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Waiting list ({n})</source>
        <translation>Wachtlijst ({n})</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>met {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Just walk in</source>
        <translation>Vrije inloop</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(vervolg)</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Week {week}</translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation>Voor medewerkers</translation>
    </message>
    <message>
        <source>For staff: this page shows first names. Please do not hang it up.</source>
        <translation>Voor medewerkers: op deze pagina staan voornamen. Hang hem niet op.</translation>
    </message>
    <message>
        <source>Sign up at the kiosk with your card.</source>
        <translation>Meld u aan bij de kiosk met uw pas.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Week schedule</source>
        <translation>Weekprogramma</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Niets gepland</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Volunteer on shift</source>
        <translation>Vrijwilliger op dienst</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Koffiekaart</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kassabon</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>VAT {rate}% on {gross} (net {net})</source>
        <translation>Btw {rate}% over {gross} (netto {net})</translation>
    </message>
    <message>
        <source>{kind} of receipt {number}</source>
        <translation>{kind}: kassabon {number}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>at {price} each</source>
        <translation>à {price} per stuk</translation>
    </message>
    <message>
        <source>strips: {strips}</source>
        <translation>strippen: {strips}</translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation>Andere taken</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Vergoeding</translation>
    </message>
    <message>
        <source>Volunteer hours {year}</source>
        <translation>Vrijwilligersuren {year}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Hours and minutes (3:30 is three and a half hours), counted in the month the work began.</source>
        <translation>Uren en minuten (3:30 is drieënhalf uur), geteld in de maand waarin het werk begon.</translation>
    </message>
    <message>
        <source>Waiting for a coordinator&apos;s approval, not counted yet: {hours}.</source>
        <translation>Wacht op goedkeuring van een coördinator, nog niet geteld: {hours}.</translation>
    </message>
    <message>
        <source>Forgotten clock-outs a coordinator still has to complete: {count}.</source>
        <translation>Vergeten uitklokken die een coördinator nog moet aanvullen: {count}.</translation>
    </message>
    <message>
        <source>Volunteer allowance: {rate} an hour.</source>
        <translation>Vrijwilligersvergoeding: {rate} per uur.</translation>
    </message>
    <message>
        <source>Thank you for all you do!</source>
        <translation>Dank je wel voor alles wat je doet!</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Gemaakt op {day}</translation>
    </message>
    <message>
        <source>Rounded to 5 cents</source>
        <translation>Afgerond op 5 cent</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Te betalen</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betaald met</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wisselgeld</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Strips used</source>
        <translation>Strippen gebruikt</translation>
    </message>
    <message>
        <source>Strips given back</source>
        <translation>Strippen teruggegeven</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>Prices include VAT:</source>
        <translation>Prijzen inclusief btw:</translation>
    </message>
    <message>
        <source>Thank you, and see you soon!</source>
        <translation>Dank je wel, en tot ziens!</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Kassabon {number}</translation>
    </message>
    <message>
        <source>Z report {number}</source>
        <translation>Z-rapport {number}</translation>
    </message>
    <message>
        <source>X report (interim, the till is still open)</source>
        <translation>X-rapport (tussenstand, de kassa is nog open)</translation>
    </message>
    <message>
        <source>Till session {number}</source>
        <translation>Kassadienst {number}</translation>
    </message>
    <message>
        <source>Opened {moment} by {name}</source>
        <translation>Geopend {moment} door {name}</translation>
    </message>
    <message>
        <source>Closed {moment} by {name}</source>
        <translation>Afgesloten {moment} door {name}</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>Afgedrukt {moment}</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassalade</translation>
    </message>
    <message>
        <source>Float at opening</source>
        <translation>Wisselgeld bij opening</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Contant ontvangen</translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation>Contant terugbetaald</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Verwacht in de la</translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation>Verschil: te veel</translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation>Verschil: te weinig</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>Verkoop per product</translation>
    </message>
    <message>
        <source>(strips: {strips})</source>
        <translation>(strippen: {strips})</translation>
    </message>
    <message>
        <source>Sales per payment method</source>
        <translation>Verkoop per betaalwijze</translation>
    </message>
    <message>
        <source>Strips sold on coffee cards</source>
        <translation>Strippen verkocht op koffiekaarten</translation>
    </message>
    <message>
        <source>VAT (included in the prices)</source>
        <translation>Btw (inbegrepen in de prijzen)</translation>
    </message>
    <message>
        <source>Undone, voided and refunded</source>
        <translation>Teruggedraaid, geannuleerd en terugbetaald</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>{kind} of no. {number}, {time}, {method}</source>
        <translation>{kind}: nr. {number}, {time}, {method}</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} uur</translation>
    </message>
    <message>
        <source>Thank you, {name}</source>
        <translation>Dank je wel, {name}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank je wel!</translation>
    </message>
    <message>
        <source>{centre} thanks</source>
        <translation>{centre} bedankt</translation>
    </message>
    <message>
        <source>for {hours} as a volunteer in {year}</source>
        <translation>voor {hours} als vrijwilliger in {year}</translation>
    </message>
    <message>
        <source>Neighbours like you make this place a village square where everyone belongs.</source>
        <translation>Buren zoals jij maken van deze plek een dorpsplein waar iedereen erbij hoort.</translation>
    </message>
    <message>
        <source>On behalf of {centre}</source>
        <translation>Namens {centre}</translation>
    </message>
    <message>
        <source>Cook&apos;s sheet · {centre} · cook: {cook}</source>
        <translation>Kookblad · {centre} · kok: {cook}</translation>
    </message>
    <message>
        <source>{day}, pick-up from {start} to {end}</source>
        <translation>{day}, ophalen van {start} tot {end}</translation>
    </message>
    <message>
        <source>Ordering closes {moment}</source>
        <translation>Bestellen sluit {moment}</translation>
    </message>
    <message>
        <source>This meal has been called off.</source>
        <translation>Deze maaltijd gaat niet door.</translation>
    </message>
    <message>
        <source>Portions ordered</source>
        <translation>Porties besteld</translation>
    </message>
    <message>
        <source>Portions left</source>
        <translation>Porties over</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>{price} a portion; for the portions ordered: {total}</source>
        <translation>{price} per portie; voor de bestelde porties: {total}</translation>
    </message>
    <message>
        <source>Free: no contribution asked.</source>
        <translation>Gratis: er wordt geen bijdrage gevraagd.</translation>
    </message>
    <message>
        <source>Allergens in the dish: {allergens}</source>
        <translation>Allergenen in het gerecht: {allergens}</translation>
    </message>
    <message>
        <source>Allergens in the dish: none</source>
        <translation>Allergenen in het gerecht: geen</translation>
    </message>
    <message>
        <source>Suits: {labels}</source>
        <translation>Geschikt: {labels}</translation>
    </message>
    <message>
        <source>Allergic to {allergens}, which is in the dish: confirmed when ordering</source>
        <translation>Allergisch voor {allergens}, dat in het gerecht zit: bevestigd bij het bestellen</translation>
    </message>
    <message>
        <source>Allergic to {allergens}, which is in the dish: ask them before handing it out</source>
        <translation>Allergisch voor {allergens}, dat in het gerecht zit: vraag het na voordat je het meegeeft</translation>
    </message>
    <message>
        <source>Also allergic to {allergens}: keep this portion apart</source>
        <translation>Ook allergisch voor {allergens}: houd deze portie apart</translation>
    </message>
    <message>
        <source>Diner</source>
        <translation>Eter</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Porties</translation>
    </message>
    <message>
        <source>Allergies that matter</source>
        <translation>Allergieën die ertoe doen</translation>
    </message>
    <message>
        <source>Who ordered</source>
        <translation>Wie heeft besteld</translation>
    </message>
    <message>
        <source>The orders were cancelled with the meal.</source>
        <translation>De bestellingen zijn met de maaltijd afgezegd.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Nog geen bestellingen.</translation>
    </message>
    <message>
        <source>The diners&apos; allergies were removed after the meal, to protect their privacy.</source>
        <translation>De allergieën van de eters zijn na de maaltijd verwijderd, om hun privacy te beschermen.</translation>
    </message>
    <message>
        <source>Food safety: you confirmed on {moment}</source>
        <translation>Voedselveiligheid: je bevestigde op {moment}</translation>
    </message>
    <message>
        <source>Cook&apos;s sheet</source>
        <translation>Kookblad</translation>
    </message>
    <message>
        <source>This sheet names neighbours and their allergies: keep it to yourself and throw it away after the meal.</source>
        <translation>Op dit blad staan buren en hun allergieën: houd het voor jezelf en gooi het na de maaltijd weg.</translation>
    </message>
    <message>
        <source>Shop labels</source>
        <translation>Winkeletiketten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkocht</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Opbrengst</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Commissie %</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Voor jou</translation>
    </message>
    <message>
        <source>Payout for neighbour-made goods, {month}</source>
        <translation>Uitbetaling voor zelfgemaakte spullen, {month}</translation>
    </message>
    <message>
        <source>Payout {month}</source>
        <translation>Uitbetaling {month}</translation>
    </message>
    <message>
        <source>What your work brought in through our till in {month}. The centre keeps the commission; the rest is yours. A sale taken back counts with a minus sign.</source>
        <translation>Wat jouw werk in {month} via onze kassa heeft opgebracht. Het buurthuis houdt de commissie; de rest is voor jou. Een teruggedraaide verkoop telt met een min.</translation>
    </message>
    <message>
        <source>Nothing was sold this month.</source>
        <translation>Deze maand is er niets verkocht.</translation>
    </message>
    <message>
        <source>To pay to {name}: {amount}</source>
        <translation>Uit te betalen aan {name}: {amount}</translation>
    </message>
    <message>
        <source>Received by {name}</source>
        <translation>Ontvangen door {name}</translation>
    </message>
    <message>
        <source>Paid on behalf of the centre by</source>
        <translation>Betaald namens het buurthuis door</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>This is everything &apos;t Trefpuntje holds about you.</source>
        <translation>Dit is alles wat &apos;t Trefpuntje over u bewaart.</translation>
    </message>
    <message>
        <source>We keep your first name and what you choose to give, so we can greet you, sign you up for activities and reach you if you asked us to.</source>
        <translation>We bewaren uw voornaam en wat u zelf wilt geven, zodat we u kunnen begroeten, u kunnen inschrijven voor activiteiten en u kunnen bereiken als u daarom vroeg.</translation>
    </message>
    <message>
        <source>We keep sign-ups and check-ins to run activities and to count how many people come.</source>
        <translation>We bewaren aanmeldingen en keren dat u incheckte, om activiteiten te organiseren en te tellen hoeveel mensen er komen.</translation>
    </message>
    <message>
        <source>The till keeps every sale and coffee-card strip, as the law on bookkeeping requires; if you ask us to erase your data, these stay, with no name attached.</source>
        <translation>De kassa bewaart elke verkoop en elke strip van de koffiekaart, zoals de wet op de boekhouding vraagt; als u vraagt uw gegevens te wissen, blijven die bewaard, zonder naam erbij.</translation>
    </message>
    <message>
        <source>Allergies and diet are kept only if you want, seen only by you and by the cook of a meal you order; what a cook saw is removed a month after the meal.</source>
        <translation>Allergieën en dieet worden alleen bewaard als je dat wilt, en alleen gezien door jou en door de kok van een maaltijd die je bestelt; wat een kok zag, wordt een maand na de maaltijd verwijderd.</translation>
    </message>
    <message>
        <source>As a volunteer, we keep your shifts and the hours you gave, to plan, to thank you and to pay an allowance; if you ask us to erase your data, the hours stay in our totals with no name attached.</source>
        <translation>Als vrijwilliger bewaren we je diensten en de uren die je gaf, om te plannen, je te bedanken en een vergoeding te betalen; als je vraagt je gegevens te wissen, blijven de uren in onze totalen, zonder naam.</translation>
    </message>
    <message>
        <source>In the giveaway shop we keep what you reserve, what you are looking for and what you were given, to share fairly, and what you made and sold here, to pay you; if you ask us to erase your data, your reservations and wanted list end and the rest stays in our counts with no name attached.</source>
        <translation>In de weggeefwinkel bewaren we wat je reserveert, wat je zoekt en wat je hebt gekregen, om eerlijk te delen, en wat je hier hebt gemaakt en verkocht, om je te betalen; als je vraagt je gegevens te wissen, vervallen je reserveringen en je verlanglijstje en blijft de rest in onze tellingen zonder naam erbij.</translation>
    </message>
</context>
<context>
    <name>shop</name>
    <message>
        <source>Clothing</source>
        <translation>Kleding</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Keuken</translation>
    </message>
    <message>
        <source>Toys</source>
        <translation>Speelgoed</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Meubels</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Elektrisch</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Other things</source>
        <translation>Overige spullen</translation>
    </message>
    <message>
        <source>Made by neighbours</source>
        <translation>Door buren gemaakt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>To the kringloop</source>
        <translation>Naar de kringloop</translation>
    </message>
    <message>
        <source>To recycling</source>
        <translation>Naar de recycling</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>In het schap</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Meegegeven</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Weggehaald</translation>
    </message>
</context>
</TS>
